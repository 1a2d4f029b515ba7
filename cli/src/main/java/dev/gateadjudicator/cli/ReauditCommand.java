package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.ledger.Decision;
import dev.gateadjudicator.ledger.Ledger;
import dev.gateadjudicator.ledger.Reaudit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gate reaudit --rules DIR [--phase P6]}: judges every fact set the ledger recorded again under a policy and
 * lists each recorded pass or ADVANCE that would now hold (REOPENED) and each hold that would now pass, with the
 * rules that made the difference, as {@code diff} explains them. A gate is judged with the new judgement of the
 * lanes it rolled up, so a gate whose lanes reopened reopens too.
 */
@Command(name = "reaudit", mixinStandardHelpOptions = true,
    description = "Judge every recorded fact set again under a policy: list each recorded pass or ADVANCE that "
        + "would now hold (REOPENED), and each hold that would now pass, with the rules that made the difference.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing reopened", "1:some recorded pass or ADVANCE reopened", "4:policy error",
        "64:no ledger, or the ledger cannot be read or written"})
final class ReauditCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", required = true, description = "The policy to judge under.")
  Path rules;

  @Option(names = "--phase", paramLabel = "PHASE", description = "Only this phase, e.g. P6 (default: every phase).")
  String phase;

  @Option(names = "--record", description = "Record the re-audit in the ledger, so that `history` shows what it "
      + "reopened.")
  boolean record;

  @Mixin
  LedgerOptions ledger;

  @Override
  public Integer call() throws Exception {
    var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> GateEngine.fromPolicyDirectory(rules));
    try (Ledger l = ledger.open()) {
      List<Decision> decisions = l.decisions(phase);
      GateEngine engine = PolicyOptions.await(pending);
      Reaudit r = Reaudit.run(engine, phase, decisions);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("reaudit: %d recorded decisions%s judged again under `%s` (sha256:%.12s)%n", r.judged(),
          phase == null ? "" : " of " + phase, rules, engine.policyDigest());
      for (Reaudit.Change c : r.changes()) {
        Decision d = c.recorded();
        out.printf("%-9s%s %s%n         recorded %s under %s (sha256:%.12s)%n      -> %s%n",
            c.reopened() ? Reaudit.REOPENED : "NOW PASS", d.lane(), d.executionId(), Outcome.of(d).describe(),
            d.policyName(), d.policyDigest(), Outcome.of(c.now()).describe());
        List<OutcomeDiff.Step> chain = c.chain().stream().map(lc -> new OutcomeDiff.Step(lc.now().summary().lane(),
            lc.now().summary().executionId(), lc.before() != null ? Outcome.of(lc.before())
                : new Outcome(lc.recordedFact().overallPass() ? "PASS" : "HOLD_REMEDIATE",
                    lc.recordedFact().nextGate(), lc.recordedFact().blockerCodes(), List.of(), List.of()),
            Outcome.of(lc.now()))).toList();
        OutcomeDiff.explain(out, Outcome.of(d), Outcome.of(c.now()), chain);
      }
      for (String s : r.skipped()) {
        out.printf("SKIPPED  %s%n", s);
      }
      out.printf("reaudit: %d judged, %d reopened, %d now pass, %d skipped%n", r.judged(), r.reopenedCount(),
          r.changes().size() - r.reopenedCount(), r.skipped().size());
      if (record) {
        boolean fresh = l.record(r);
        out.printf("reaudit: %s %.12s in %s%n", fresh ? "recorded as" : "already recorded as", r.reauditId(),
            l.name());
      }
      out.flush();
      return r.reopenedCount() > 0 ? ExitCode.HOLD : ExitCode.OK;
    }
  }
}
