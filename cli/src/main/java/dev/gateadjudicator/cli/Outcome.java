package dev.gateadjudicator.cli;

import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.FindingEntry;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The comparable outcome of one fixture under one policy: verdict or pass flag, next gate, codes, and the rules
 * that raised findings.
 *
 * @param label the gate verdict, or PASS/HOLD for a lane, or {@code exit N} when it did not adjudicate
 * @param nextGate the next gate, or {@code null}
 * @param codes active codes
 * @param raisingRules rules that raised a finding (active or waived), sorted
 * @param decidedBy the verdict rules behind the outcome, sorted
 */
record Outcome(String label, String nextGate, List<String> codes, List<String> raisingRules, List<String> decidedBy) {
  static Outcome of(ReplayResult r) {
    Adjudication a = r.adjudication();
    if (a == null) {
      return new Outcome("exit " + r.exitCode(), null, List.of(), List.of(), List.of());
    }
    return of(a);
  }

  static Outcome of(Adjudication a) {
    TreeSet<String> rules = new TreeSet<>();
    for (Blocker b : a.register().blockers()) {
      b.findings().stream().map(FindingEntry::rule).forEach(rules::add);
    }
    for (Blocker b : a.register().waived()) {
      b.findings().stream().map(FindingEntry::rule).forEach(rules::add);
    }
    String label = a.summary().verdict() != null ? a.summary().verdict()
        : a.summary().overallPass() ? "PASS" : "HOLD_REMEDIATE";
    List<String> decided = a.verdict().map(v -> v.decidedBy()).orElse(List.of());
    return new Outcome(label, a.summary().nextGate(), a.summary().blockerCodes(), List.copyOf(rules), decided);
  }

  /** The outcome a ledger recorded, with the rules that raised its findings then. */
  static Outcome of(dev.gateadjudicator.ledger.Decision d) {
    return new Outcome(d.label(), d.nextGate(), d.blockerCodes(), d.raisingRules(), d.decidedBy());
  }

  boolean flipped(Outcome other) {
    return !label.equals(other.label) || !Objects.equals(nextGate, other.nextGate);
  }

  boolean codesChanged(Outcome other) {
    return !codes.equals(other.codes);
  }

  /**
   * The outcome for one side of a diff: the verdict or lane label, with the next gate when it says more.
   *
   * @return for example {@code HOLD_REMEDIATE}, {@code PASS (next gate M6.G_READY)} or {@code exit 3}
   */
  String headline() {
    return label + (nextGate == null || nextGate.equals(label) ? "" : " (next gate " + nextGate + ")");
  }

  /**
   * The headline with the active codes, for one line of a diff or a re-audit.
   *
   * @return for example {@code HOLD_REMEDIATE [M6P6-B2, M6P6-B3]}
   */
  String describe() {
    return headline() + " " + codes;
  }
}
