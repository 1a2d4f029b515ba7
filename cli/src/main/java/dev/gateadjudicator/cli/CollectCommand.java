package dev.gateadjudicator.cli;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.input.FactSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate collect ... --out FACTS}: read a lane's facts from AWS and Kubernetes and save them as a fact set. */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = "Collect a lane's fact set from AWS and Kubernetes (failed reads become collection_error facts).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:fact set written (it may hold collection_error facts: adjudicate it)",
        "3:invalid input (registry, options)"})
final class CollectCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CollectOptions collect;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the fact set JSON.")
  Path out;

  @Override
  public Integer call() throws Exception {
    FactSet fs = collect.collect(spec.commandLine().getErr());
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.write(out, FactSets.toJson(fs));
    long errors = fs.facts().stream().filter(CollectionError.class::isInstance).count();
    spec.commandLine().getOut().println("collected " + fs.facts().size() + " facts (" + errors
        + " collection errors) for " + fs.phase() + " " + fs.lane() + " into " + out);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
