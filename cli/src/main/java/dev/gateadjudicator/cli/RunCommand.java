package dev.gateadjudicator.cli;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.FactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate run ...}: collect a lane's facts (or every lane's, without {@code --lane}) and adjudicate them. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Collect a lane's fact set and adjudicate it; without --lane, run every lane of the phase in "
        + "order, then the gate lane.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_HOLD, ExitCode.HELP_NO_GO, ExitCode.HELP_INVALID,
        ExitCode.HELP_POLICY, ExitCode.HELP_USAGE})
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CollectOptions collect;

  @Mixin
  PolicyOptions policy;

  @Mixin
  EvidenceOptions evidence;

  @Option(names = "--save-facts", paramLabel = "FILE",
      description = "Also save the collected fact set, to replay it later (without --lane: a folder, one "
          + "<lane>.factset.json per lane).")
  Path saveFacts;

  @Override
  public Integer call() throws Exception {
    var pending = policy.engineAsync();
    if (collect.lane == null) {
      GateEngine engine = PolicyOptions.await(pending);
      return PhaseRun.run(spec, collect, engine, evidence, (lane, results, at, dir) -> {
        FactSet fs = collect.collect(spec.commandLine().getErr(), lane, results, at, null);
        if (saveFacts != null) {
          save(PhaseRun.factsFile(saveFacts, fs), fs);
        }
        return new PolicyOptions.Judged(fs, engine, engine.adjudicate(fs));
      });
    }
    FactSet fs = collect.collect(spec.commandLine().getErr());
    if (saveFacts != null) {
      save(saveFacts, fs);
    }
    GateEngine engine = PolicyOptions.await(pending);
    evidence.validate(engine, fs);
    Adjudication a = engine.adjudicate(fs);
    return evidence.emit(spec, engine, fs, a);
  }

  static void save(Path file, FactSet fs) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.write(file, fs.toJson());
  }
}
