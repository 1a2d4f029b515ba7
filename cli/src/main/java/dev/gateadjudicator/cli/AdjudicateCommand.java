package dev.gateadjudicator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate adjudicate FACTSET --out DIR}: adjudicate one fact set and write its artifacts. */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
    description = "Adjudicate one fact set and write the lane's artifacts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:lane passed / ADVANCE", "1:HOLD_REMEDIATE (also: --publish did not read back durably)",
        "2:NO_GO_RESET_REQUIRED", "3:invalid input (names the JSON path)", "4:policy error (names file and line)",
        "64:usage error or local i/o failure"})
final class AdjudicateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FACTSET", description = "Fact-set JSON file.")
  Path factSet;


  @Mixin
  PolicyOptions policy;

  @Mixin
  EvidenceOptions evidence;

  @Override
  public Integer call() throws Exception {
    PolicyOptions.Judged judged = policy.adjudicate(factSet, evidence::validate);
    return evidence.emit(spec, judged.engine(), judged.factSet(), judged.adjudication());
  }
}
