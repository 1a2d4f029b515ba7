package dev.gateadjudicator.cli;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.FactSet;
import dev.gateadjudicator.output.ArtifactWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate run ...}: collect a lane's facts and adjudicate them in one go. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Collect a lane's fact set and adjudicate it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:lane passed / ADVANCE", "1:HOLD_REMEDIATE", "2:NO_GO_RESET_REQUIRED",
        "3:invalid input", "4:policy error (names file and line)"})
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CollectOptions collect;

  @Mixin
  PolicyOptions policy;

  @Option(names = "--save-facts", paramLabel = "FILE", description = "Also save the collected fact set, to replay it later.")
  Path saveFacts;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the artifacts to.")
  Path out;

  @Option(names = "--json", description = "Print the adjudication as JSON instead of the text summary.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    GateEngine engine = policy.engine();
    FactSet fs = collect.collect(spec.commandLine().getErr());
    if (saveFacts != null) {
      if (saveFacts.toAbsolutePath().getParent() != null) {
        Files.createDirectories(saveFacts.toAbsolutePath().getParent());
      }
      Files.write(saveFacts, fs.toJson());
    }
    Adjudication a = engine.adjudicate(fs);
    if (out != null) {
      ArtifactWriter.write(a, out);
    }
    spec.commandLine().getOut().print(json ? a.toJson() : HumanSummary.render(a));
    spec.commandLine().getOut().flush();
    return a.exitCode();
  }
}
