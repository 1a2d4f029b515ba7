package dev.gateadjudicator.cli;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.FactSet;
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
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_HOLD, ExitCode.HELP_NO_GO, ExitCode.HELP_INVALID,
        ExitCode.HELP_POLICY, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL})
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CollectOptions collect;

  @Mixin
  PolicyOptions policy;

  @Mixin
  EvidenceOptions evidence;

  @Mixin
  LedgerOptions ledger;

  @Option(names = "--save-facts", paramLabel = "FILE", description = "Also save the collected fact set, to replay it later.")
  Path saveFacts;


  @Override
  public Integer call() throws Exception {
    var pending = policy.engineAsync();
    FactSet fs = collect.collect(spec.commandLine().getErr());
    GateEngine engine = PolicyOptions.await(pending);
    // everything is checked (options, publish target, the facts' credentials) before the first byte is written
    evidence.validate(engine, fs);
    Adjudication a = engine.adjudicate(fs);
    if (saveFacts != null) {
      if (saveFacts.toAbsolutePath().getParent() != null) {
        Files.createDirectories(saveFacts.toAbsolutePath().getParent());
      }
      Files.write(saveFacts, fs.toJson());
    }
    int code = evidence.emit(spec, engine, fs, a);
    return ledger.record(spec, code, java.util.List.of(dev.gateadjudicator.ledger.Decision.of(evidence.recorded, fs,
        evidence.artifactsLocation(fs), evidence.factSetLocation(fs, saveFacts), "run")));
  }
}
