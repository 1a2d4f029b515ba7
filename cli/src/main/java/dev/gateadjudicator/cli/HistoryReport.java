package dev.gateadjudicator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.ledger.Decision;
import dev.gateadjudicator.ledger.Timeline;
import java.util.List;

/** Renders a ledger timeline as a terminal table, JSON, or one HTML page. */
final class HistoryReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HistoryReport() {}

  /**
   * The timeline as a table, one block per lane.
   *
   * @param phase the phase
   * @param ledger the ledger's redacted name
   * @param rows the rows
   * @return the text
   */
  static String text(String phase, String ledger, List<Timeline.Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("history of ").append(phase).append(" in ").append(ledger).append(": ").append(rows.size())
        .append(rows.size() == 1 ? " decision" : " decisions").append('\n');
    String lane = null;
    for (Timeline.Row r : rows) {
      Decision d = r.decision();
      if (!d.lane().equals(lane)) {
        lane = d.lane();
        sb.append('\n').append(lane).append('\n');
        sb.append(String.format("  %-20s  %-50s  %-15s  %-12s  %-19s  %s%n", "captured_at", "execution_id",
            "outcome", "policy", "status", "codes"));
      }
      sb.append(String.format("  %-20s  %-50s  %-15s  %-12s  %-19s  %s%n", d.capturedAt(), d.executionId(),
          d.label(), d.policyDigest().substring(0, 12), status(r), String.join(",", d.blockerCodes())));
      if (!d.rollsUp().isEmpty()) {
        sb.append("    rolls up: ").append(String.join(", ", d.rollsUp())).append('\n');
      }
      for (String note : r.reaudits()) {
        sb.append("    ").append(note).append('\n');
      }
    }
    return sb.toString();
  }

  private static String status(Timeline.Row r) {
    String s = r.status();
    if (r.reaudits().stream().anyMatch(n -> n.startsWith("REOPENED"))) {
      s += ",reopened";
    }
    return s;
  }

  /**
   * The timeline as JSON.
   *
   * @param phase the phase
   * @param rows the rows
   * @return pretty JSON ending in a newline
   */
  static String json(String phase, List<Timeline.Row> rows) {
    ObjectNode root = JSON.createObjectNode();
    root.put("phase", phase);
    ArrayNode arr = root.putArray("decisions");
    for (Timeline.Row r : rows) {
      Decision d = r.decision();
      ObjectNode o = arr.addObject();
      o.put("decision_id", d.decisionId());
      o.put("lane", d.lane());
      o.put("execution_id", d.executionId());
      o.put("platform_run_id", d.platformRunId());
      o.put("captured_at", d.capturedAt().toString());
      o.put("outcome", d.label());
      o.put("overall_pass", d.overallPass());
      o.put("next_gate", d.nextGate());
      d.blockerCodes().forEach(o.putArray("blocker_codes")::add);
      o.put("policy", d.policyName());
      o.put("policy_digest", d.policyDigest());
      o.put("fact_set_digest", d.factSetDigest());
      o.put("status", r.status());
      o.put("superseded_by", r.supersededBy());
      o.put("reopened", r.reaudits().stream().anyMatch(n -> n.startsWith("REOPENED")));
      r.reaudits().forEach(o.putArray("reaudits")::add);
      d.rollsUp().forEach(o.putArray("rolls_up")::add);
      o.put("artifacts", d.artifactsLocation());
      o.put("fact_set", d.factSetLocation());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The timeline as one self-contained HTML page, effective rows and reopened rows marked.
   *
   * @param phase the phase
   * @param rows the rows
   * @return the page
   */
  static String html(String phase, List<Timeline.Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(phase)).append(" history</title>\n<style>body{font-family:sans-serif}"
            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}"
            + ".superseded{color:#777}.pass{background:#d9f2d9}.hold{background:#f9dcdc}"
            + ".reopened{outline:3px solid #c00}</style></head><body>\n<h1>")
        .append(esc(phase)).append(" history</h1>\n");
    String lane = null;
    for (Timeline.Row r : rows) {
      Decision d = r.decision();
      if (!d.lane().equals(lane)) {
        if (lane != null) {
          sb.append("</table>\n");
        }
        lane = d.lane();
        sb.append("<h2>").append(esc(lane)).append("</h2>\n<table><tr><th>captured at</th><th>execution id</th>"
            + "<th>outcome</th><th>codes</th><th>policy</th><th>status</th><th>re-audits</th></tr>\n");
      }
      String cls = r.status() + (d.passed() ? " pass" : " hold")
          + (r.reaudits().stream().anyMatch(n -> n.startsWith("REOPENED")) ? " reopened" : "");
      sb.append("<tr class=\"").append(cls).append("\"><td>").append(d.capturedAt()).append("</td><td>")
          .append(esc(d.executionId())).append("</td><td>").append(esc(d.label())).append("</td><td>")
          .append(esc(String.join(", ", d.blockerCodes()))).append("</td><td>").append(esc(d.policyName()))
          .append(" sha256:").append(d.policyDigest(), 0, 12).append("</td><td>").append(r.status())
          .append("</td><td>").append(esc(String.join("; ", r.reaudits()))).append("</td></tr>\n");
    }
    if (lane != null) {
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
