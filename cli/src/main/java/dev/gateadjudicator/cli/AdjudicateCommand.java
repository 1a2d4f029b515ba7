package dev.gateadjudicator.cli;

import dev.gateadjudicator.ledger.Decision;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate adjudicate FACTSET --out DIR}: adjudicate one fact set and write its artifacts. */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
    description = "Adjudicate one fact set and write the lane's artifacts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_HOLD, ExitCode.HELP_NO_GO, ExitCode.HELP_INVALID,
        ExitCode.HELP_POLICY, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL})
final class AdjudicateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FACTSET",
      description = "Fact-set JSON file, a fact-set patch (NAME.patch.json), or - for standard input.")
  Path factSet;

  @Mixin
  PolicyOptions policy;

  @Mixin
  EvidenceOptions evidence;

  @Mixin
  LedgerOptions ledger;

  @Override
  public Integer call() throws Exception {
    if (!Input.STDIN.equals(factSet.toString())) {
      evidence.sarifLocation = SarifLocation.of(factSet);
    }
    PolicyOptions.Judged judged = policy.adjudicate(factSet, evidence::validate);
    int code = evidence.emit(spec, judged);
    return ledger.record(spec, code, List.of(Decision.of(evidence.recorded, judged.factSet(),
        evidence.artifactsLocation(judged.factSet()), evidence.factSetLocation(judged.factSet(), factSet),
        "adjudicate")));
  }
}
