package dev.gateadjudicator.cli;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.ExecutionSummary;
import dev.gateadjudicator.result.FindingEntry;

/** The short plain-text summary {@code adjudicate} prints. */
final class HumanSummary {
  private HumanSummary() {}

  /**
   * Renders an adjudication for a terminal.
   *
   * @param a the adjudication
   * @return the text, ending in a newline
   */
  static String render(Adjudication a) {
    ExecutionSummary s = a.summary();
    StringBuilder sb = new StringBuilder();
    sb.append(s.phase()).append(' ').append(s.lane()).append("  ").append(s.executionId()).append('\n');
    if (s.verdict() != null) {
      sb.append("verdict:    ").append(s.verdict()).append('\n');
    }
    sb.append("pass:       ").append(s.overallPass()).append('\n');
    sb.append("next gate:  ").append(s.nextGate()).append('\n');
    sb.append("blockers:   ").append(s.blockerCount())
        .append(s.blockerCodes().isEmpty() ? "" : " " + String.join(", ", s.blockerCodes())).append('\n');
    for (CheckResult c : s.checks()) {
      sb.append("  ").append(c.status() == dev.gateadjudicator.result.CheckStatus.PASS ? "PASS " : "FAIL ")
          .append(c.check()).append(c.blockerCodes().isEmpty() ? "" : "  " + c.blockerCodes()).append('\n');
    }
    for (Blocker b : a.register().blockers()) {
      sb.append(b.code()).append(" [").append(b.severity()).append(b.resetRequired() ? ", reset required" : "")
          .append("] ").append(b.title()).append('\n');
      for (FindingEntry f : b.findings()) {
        sb.append("  - ").append(f.detail()).append('\n');
      }
      sb.append("  remediation: ").append(b.remediation()).append('\n');
    }
    sb.append("policy:     ").append(a.policy()).append(" sha256:").append(a.policyDigest(), 0, 12).append('\n');
    return sb.toString();
  }
}
