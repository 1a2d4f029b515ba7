package dev.gateadjudicator.output;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.Blocker;
import dev.gateadjudicator.CheckResult;
import dev.gateadjudicator.ExecutionSummary;
import dev.gateadjudicator.FindingEntry;
import dev.gateadjudicator.LaneRollup;
import dev.gateadjudicator.SupersededResult;
import java.util.List;

/**
 * The Markdown summary ({@code --summary-md}, and the GitHub job summary): verdict, next gate, the rollup
 * matrix as a table, the blocker register with severity and remediation, and superseded evidence. Every value
 * from the facts is escaped, so a fact cannot inject HTML or break a table.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders the summary.
   *
   * @param a the adjudication
   * @return Markdown text ending in a newline
   */
  public static String render(Adjudication a) {
    ExecutionSummary s = a.summary();
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(ReportText.md(s.phase())).append(' ').append(ReportText.md(s.lane()))
        .append(": ").append(ReportText.md(ReportText.outcome(a))).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    row(sb, "execution", "`" + ReportText.md(s.executionId()) + "`");
    row(sb, "captured at", ReportText.md(s.capturedAt().toString()));
    row(sb, "outcome", "**" + ReportText.md(a.outcome().name()) + "**");
    if (s.verdict() != null) {
      row(sb, "verdict", "**" + ReportText.md(s.verdict()) + "**");
    }
    row(sb, "next gate", "`" + ReportText.md(s.nextGate()) + "`");
    row(sb, "blockers", s.blockerCount() + (s.blockerCodes().isEmpty() ? ""
        : ": " + ReportText.md(String.join(", ", s.blockerCodes()))));
    row(sb, "policy", "`" + ReportText.md(a.policy()) + "` sha256 `" + ReportText.shortDigest(a.policyDigest()) + "`");
    row(sb, "fact set", "sha256 `" + ReportText.shortDigest(a.factSetDigest()) + "`");

    sb.append("\n### Rollup matrix\n\n| check | status | blockers |\n|---|---|---|\n");
    for (CheckResult c : a.rollup().checks()) {
      sb.append("| ").append(ReportText.md(c.check())).append(" | ").append(c.status()).append(" | ")
          .append(ReportText.md(ReportText.codes(c))).append(" |\n");
    }
    if (!a.rollup().lanes().isEmpty()) {
      sb.append("\n| lane | status | execution | captured at | blockers | next gate | durable read-back |\n")
          .append("|---|---|---|---|---|---|---|\n");
      for (LaneRollup l : a.rollup().lanes()) {
        sb.append("| ").append(ReportText.md(l.lane())).append(" | ").append(ReportText.md(l.status()))
            .append(" | ").append(l.executionId() == null ? "" : "`" + ReportText.md(l.executionId()) + "`")
            .append(" | ").append(l.capturedAt() == null ? "" : l.capturedAt().toString())
            .append(" | ").append(ReportText.md(String.join(", ", l.blockerCodes())))
            .append(" | ").append(ReportText.md(l.nextGate()))
            .append(" | ").append(l.durableReadbackOk() == null ? "" : l.durableReadbackOk()).append(" |\n");
      }
    }

    sb.append("\n### Blocker register\n\n");
    blockers(sb, a.register().blockers(), "No active blockers.");
    if (!a.register().waived().isEmpty()) {
      sb.append("\n### Waived (visible, not counted)\n\n");
      blockers(sb, a.register().waived(), "");
    }

    sb.append("\n### Superseded evidence\n\n");
    List<SupersededResult> sup = a.rollup().superseded();
    if (sup.isEmpty()) {
      sb.append("None.\n");
    } else {
      sb.append("| lane | execution | captured at | passed | superseded by |\n|---|---|---|---|---|\n");
      for (SupersededResult r : sup) {
        sb.append("| ").append(ReportText.md(r.lane())).append(" | `").append(ReportText.md(r.executionId()))
            .append("` | ").append(r.capturedAt()).append(" | ").append(r.overallPass()).append(" | `")
            .append(ReportText.md(r.supersededBy())).append("` |\n");
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, String value) {
    sb.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static void blockers(StringBuilder sb, List<Blocker> blockers, String none) {
    if (blockers.isEmpty()) {
      sb.append(none).append('\n');
      return;
    }
    for (Blocker b : blockers) {
      sb.append("#### ").append(ReportText.md(b.code())).append(" · ").append(b.severity())
          .append(b.resetRequired() ? " · reset required" : "").append(" · ")
          .append(ReportText.md(b.title())).append("\n\n");
      sb.append("- check: ").append(ReportText.md(b.check())).append('\n');
      for (FindingEntry f : b.findings()) {
        sb.append("- finding: ").append(f.subject() == null ? "" : "**" + ReportText.md(f.subject()) + "**: ")
            .append(ReportText.md(f.detail())).append('\n');
      }
      sb.append("- remediation: ").append(ReportText.md(b.remediation())).append("\n\n");
    }
  }
}
