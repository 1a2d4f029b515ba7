package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.CheckStatus;
import dev.gateadjudicator.result.ExecutionSummary;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.LaneRollup;
import dev.gateadjudicator.result.SupersededResult;
import dev.gateadjudicator.support.BuildInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the report templates see: an adjudication as plain maps and lists (the names are documented in
 * {@code docs/evidence.md}), the same for HTML and Markdown. Values are raw text; the template engine escapes them
 * for the output format, except the {@code *_html} fields, which are already escaped HTML (code spans of a
 * finding's detail as {@code <code>}).
 */
final class ReportModel {
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  private ReportModel() {}

  static Map<String, Object> of(Adjudication a) {
    ExecutionSummary s = a.summary();
    boolean ok = s.overallPass();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", s.phase());
    m.put("lane", s.lane());
    m.put("execution_id", s.executionId());
    m.put("captured_at", s.capturedAt().toString());
    m.put("headline", ReportText.outcome(a));
    m.put("passed", ok);
    m.put("icon", ok ? "✅" : "❌");
    m.put("outcome", a.outcome().name());
    m.put("verdict", s.verdict());
    m.put("next_gate", s.nextGate());
    m.put("blocker_count", s.blockerCount());
    m.put("blocker_codes", String.join(", ", s.blockerCodes()));
    m.put("policy", a.policy());
    m.put("policy_sha256", a.policyDigest());
    m.put("policy_sha256_short", ReportText.shortDigest(a.policyDigest()));
    m.put("fact_set_sha256", a.factSetDigest());
    m.put("fact_set_sha256_short", ReportText.shortDigest(a.factSetDigest()));
    m.put("version", BuildInfo.version());

    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult c : a.rollup().checks()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("check", c.check());
      row.put("status", c.status().name());
      row.put("icon", c.status() == CheckStatus.PASS ? "✅" : "❌");
      row.put("codes", ReportText.codes(c));
      checks.add(row);
    }
    m.put("checks", checks);

    List<Map<String, Object>> lanes = new ArrayList<>();
    for (LaneRollup l : a.rollup().lanes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lane", l.lane());
      row.put("status", l.status());
      row.put("status_class", switch (l.status()) {
        case "PASS", "FAIL", "MISSING" -> l.status();
        default -> "FAIL";
      });
      row.put("icon", "PASS".equals(l.status()) ? "✅" : "MISSING".equals(l.status()) ? "⚪" : "❌");
      row.put("execution_id", l.executionId());
      row.put("captured_at", l.capturedAt() == null ? null : l.capturedAt().toString());
      row.put("codes", String.join(", ", l.blockerCodes()));
      row.put("next_gate", l.nextGate());
      row.put("durable_readback_ok", l.durableReadbackOk() == null ? "" : l.durableReadbackOk().toString());
      lanes.add(row);
    }
    m.put("lanes", lanes);
    m.put("has_lanes", !lanes.isEmpty());

    m.put("blockers", blockers(a.register().blockers()));
    m.put("no_blockers", a.register().blockers().isEmpty());
    m.put("waived", blockers(a.register().waived()));
    m.put("has_waived", !a.register().waived().isEmpty());

    List<Map<String, Object>> superseded = new ArrayList<>();
    for (SupersededResult r : a.rollup().superseded()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lane", r.lane());
      row.put("execution_id", r.executionId());
      row.put("captured_at", r.capturedAt().toString());
      row.put("passed", Boolean.toString(r.overallPass()));
      row.put("superseded_by", r.supersededBy());
      superseded.add(row);
    }
    m.put("superseded", superseded);
    m.put("has_superseded", !superseded.isEmpty());
    return m;
  }

  private static List<Map<String, Object>> blockers(List<Blocker> blockers) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Blocker b : blockers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", b.code());
      m.put("title", b.title());
      m.put("severity", b.severity().name());
      m.put("level", SarifReport.level(b.severity()));
      m.put("icon", switch (b.severity()) {
        case S1 -> "🔴";
        case S2 -> "🟠";
        case S3 -> "🟡";
        case S4 -> "🔵";
      });
      m.put("reset_required", b.resetRequired());
      m.put("check", b.check());
      m.put("remediation", b.remediation());
      m.put("remediation_html", codeSpans(b.remediation()));
      List<Map<String, Object>> findings = new ArrayList<>();
      for (FindingEntry f : b.findings()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("subject", f.subject());
        fm.put("detail", f.detail());
        fm.put("detail_html", codeSpans(f.detail()));
        fm.put("rule", f.rule());
        fm.put("waived_by", f.waivedBy());
        findings.add(fm);
      }
      m.put("findings", findings);
      m.put("finding_count", findings.size());
      out.add(m);
    }
    return out;
  }

  /** Escapes text for HTML and turns Markdown code spans into {@code <code>} elements. */
  static String codeSpans(String text) {
    String escaped = ReportText.html(text);
    Matcher m = CODE_SPAN.matcher(escaped);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
