package dev.gateadjudicator.output;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.Blocker;
import dev.gateadjudicator.CheckResult;
import dev.gateadjudicator.ExecutionSummary;
import dev.gateadjudicator.FindingEntry;
import dev.gateadjudicator.LaneRollup;
import dev.gateadjudicator.SupersededResult;

/**
 * The HTML report ({@code --html}): one self-contained page (inline CSS, no scripts, no external resources)
 * with the rollup matrix coloured by status, the blocker register and superseded evidence. Every value from the
 * facts is escaped.
 */
public final class HtmlReport {
  /** Background colour of a passed cell: {@code #2da44e}. */
  public static final int PASS_RGB = 0x2da44e;
  /** Background colour of a failed cell: {@code #cf222e}. */
  public static final int FAIL_RGB = 0xcf222e;
  /** Background colour of a missing lane: {@code #8c959f}. */
  public static final int MISSING_RGB = 0x8c959f;
  /** The id of the matrix table. */
  public static final String MATRIX_ID = "rollup-matrix";

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:24px;color:#1f2328}",
      "h1{font-size:22px}h2{font-size:18px;margin-top:28px}",
      "table{border-collapse:collapse;margin:8px 0}",
      "th,td{border:1px solid #d0d7de;padding:6px 10px;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}",
      "td.status{color:#ffffff;font-weight:700;min-width:90px}",
      String.format("td.PASS{background:#%06x}td.FAIL{background:#%06x}td.MISSING{background:#%06x}",
          PASS_RGB, FAIL_RGB, MISSING_RGB),
      ".outcome{display:inline-block;padding:4px 10px;color:#ffffff;font-weight:700}",
      String.format(".outcome.ok{background:#%06x}.outcome.hold{background:#%06x}", PASS_RGB, FAIL_RGB),
      ".blocker{border-left:4px solid #cf222e;padding:4px 12px;margin:12px 0}",
      "code{font-family:ui-monospace,Menlo,Consolas,monospace}");

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param a the adjudication
   * @return HTML text
   */
  public static String render(Adjudication a) {
    ExecutionSummary s = a.summary();
    String title = s.phase() + " " + s.lane() + " " + s.executionId();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(e(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n")
        .append("</head>\n<body>\n");
    sb.append("<h1>").append(e(s.phase())).append(' ').append(e(s.lane())).append(" <span class=\"outcome ")
        .append(s.overallPass() ? "ok" : "hold").append("\">").append(e(ReportText.outcome(a)))
        .append("</span></h1>\n");
    sb.append("<table id=\"summary\">\n");
    tr(sb, "execution", "<code>" + e(s.executionId()) + "</code>");
    tr(sb, "captured at", e(s.capturedAt().toString()));
    tr(sb, "outcome", e(a.outcome().name()));
    tr(sb, "next gate", "<code>" + e(s.nextGate()) + "</code>");
    tr(sb, "blockers", s.blockerCount() + (s.blockerCodes().isEmpty() ? "" : ": " + e(String.join(", ",
        s.blockerCodes()))));
    tr(sb, "policy", "<code>" + e(a.policy()) + "</code> sha256 <code>" + e(a.policyDigest()) + "</code>");
    tr(sb, "fact set", "sha256 <code>" + e(a.factSetDigest()) + "</code>");
    sb.append("</table>\n");

    sb.append("<h2>Rollup matrix</h2>\n<table id=\"").append(MATRIX_ID).append("\">\n")
        .append("<tr><th>check</th><th>status</th><th>blockers</th></tr>\n");
    for (CheckResult c : a.rollup().checks()) {
      sb.append("<tr><td>").append(e(c.check())).append("</td>").append(status(c.status().name()))
          .append("<td>").append(e(ReportText.codes(c))).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    if (!a.rollup().lanes().isEmpty()) {
      sb.append("<table id=\"rollup-lanes\">\n<tr><th>lane</th><th>status</th><th>execution</th>")
          .append("<th>captured at</th><th>blockers</th><th>next gate</th><th>durable read-back</th></tr>\n");
      for (LaneRollup l : a.rollup().lanes()) {
        sb.append("<tr><td>").append(e(l.lane())).append("</td>").append(status(l.status()))
            .append("<td><code>").append(e(l.executionId())).append("</code></td><td>")
            .append(l.capturedAt() == null ? "" : e(l.capturedAt().toString())).append("</td><td>")
            .append(e(String.join(", ", l.blockerCodes()))).append("</td><td>").append(e(l.nextGate()))
            .append("</td><td>").append(l.durableReadbackOk() == null ? "" : l.durableReadbackOk())
            .append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }

    sb.append("<h2>Blocker register</h2>\n");
    if (a.register().blockers().isEmpty()) {
      sb.append("<p>No active blockers.</p>\n");
    }
    for (Blocker b : a.register().blockers()) {
      sb.append("<div class=\"blocker\" id=\"").append(e(b.code())).append("\">\n<h3>").append(e(b.code()))
          .append(" · ").append(b.severity()).append(b.resetRequired() ? " · reset required" : "").append(" · ")
          .append(e(b.title())).append("</h3>\n<p>check <code>").append(e(b.check())).append("</code></p>\n<ul>\n");
      for (FindingEntry f : b.findings()) {
        sb.append("<li>").append(f.subject() == null ? "" : "<b>" + e(f.subject()) + "</b>: ")
            .append(e(f.detail())).append("</li>\n");
      }
      sb.append("</ul>\n<p><b>remediation:</b> ").append(e(b.remediation())).append("</p>\n</div>\n");
    }
    if (!a.register().waived().isEmpty()) {
      sb.append("<h2>Waived (visible, not counted)</h2>\n<ul>\n");
      for (Blocker b : a.register().waived()) {
        sb.append("<li>").append(e(b.code())).append(": ").append(e(b.title())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<h2>Superseded evidence</h2>\n");
    if (a.rollup().superseded().isEmpty()) {
      sb.append("<p>None.</p>\n");
    } else {
      sb.append("<table id=\"superseded\">\n<tr><th>lane</th><th>execution</th><th>captured at</th>")
          .append("<th>passed</th><th>superseded by</th></tr>\n");
      for (SupersededResult r : a.rollup().superseded()) {
        sb.append("<tr><td>").append(e(r.lane())).append("</td><td><code>").append(e(r.executionId()))
            .append("</code></td><td>").append(e(r.capturedAt().toString())).append("</td><td>")
            .append(r.overallPass()).append("</td><td><code>").append(e(r.supersededBy()))
            .append("</code></td></tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static String e(String s) {
    return ReportText.html(s);
  }

  private static void tr(StringBuilder sb, String name, String valueHtml) {
    sb.append("<tr><th>").append(name).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }

  private static String status(String status) {
    String cls = switch (status) {
      case "PASS", "FAIL", "MISSING" -> status;
      default -> "FAIL";
    };
    return "<td class=\"status " + cls + "\">" + e(status) + "</td>";
  }
}
