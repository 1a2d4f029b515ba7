package dev.gateadjudicator.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.internal.Digests;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.ExecutionSummary;
import dev.gateadjudicator.result.FactRef;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.Severity;
import dev.gateadjudicator.support.BuildInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The SARIF 2.1.0 log ({@code --sarif}), for code scanning: one rule per blocker code (its title, severity as the
 * level, remediation as help), one result per finding located in the fact set, waived findings as suppressed
 * results. Keys are sorted and nothing comes from the clock, so the same adjudication gives the same bytes.
 */
final class SarifReport {
  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";
  /** The schema the log names (the OASIS 2.1.0 schema as served by SchemaStore). */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The partial fingerprint key: code, subject and detail of a finding. */
  public static final String FINGERPRINT = "gateFinding/v1";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SarifReport() {}

  /**
   * The SARIF level of a severity: S1 and S2 block an advance ({@code error}), S3 is a {@code warning}, S4 a
   * {@code note}.
   *
   * @param s a severity
   * @return the level
   */
  public static String level(Severity s) {
    return switch (s) {
      case S1, S2 -> "error";
      case S3 -> "warning";
      case S4 -> "note";
    };
  }

  /**
   * Renders the log.
   *
   * @param a the adjudication
   * @param factSetUri where the fact set is, relative to the repository root where possible ({@code /} separated),
   *     the location of every result
   * @return UTF-8 JSON bytes ending in a newline
   */
  public static byte[] render(Adjudication a, String factSetUri) {
    ExecutionSummary s = a.summary();
    List<Blocker> all = new ArrayList<>(a.register().blockers());
    for (Blocker w : a.register().waived()) {
      if (all.stream().noneMatch(b -> b.code().equals(w.code()))) {
        all.add(w);
      }
    }
    ArrayNode rules = F.arrayNode();
    for (Blocker b : all) {
      rules.add(rule(b));
    }
    ArrayNode results = F.arrayNode();
    results(results, a.register().blockers(), all, factSetUri);
    results(results, a.register().waived(), all, factSetUri);

    ObjectNode driver = F.objectNode();
    driver.put("name", "gate-adjudicator");
    driver.put("version", BuildInfo.version());
    driver.set("rules", rules);

    ObjectNode run = F.objectNode();
    run.set("tool", F.objectNode().set("driver", driver));
    ObjectNode auto = F.objectNode();
    auto.put("id", s.phase() + "/" + s.lane() + "/" + s.executionId());
    run.set("automationDetails", auto);
    ObjectNode props = F.objectNode();
    props.put("outcome", a.outcome().name());
    props.put("headline", ReportText.outcome(a));
    props.put("next_gate", s.nextGate());
    props.put("policy", a.policy());
    props.put("policy_sha256", a.policyDigest());
    props.put("fact_set_sha256", a.factSetDigest());
    props.put("captured_at", s.capturedAt().toString());
    run.set("properties", props);
    run.set("results", results);

    ObjectNode log = F.objectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", VERSION);
    log.set("runs", F.arrayNode().add(run));
    return Json.pretty(log);
  }

  private static ObjectNode rule(Blocker b) {
    ObjectNode r = F.objectNode();
    r.put("id", b.code());
    r.set("shortDescription", text(b.title()));
    r.set("fullDescription", text(b.code() + " (" + b.severity() + (b.resetRequired() ? ", reset required" : "")
        + "): " + b.title() + "; check " + b.check()));
    ObjectNode help = text(b.remediation());
    help.put("markdown", "**Remediation:** " + ReportText.md(b.remediation()));
    r.set("help", help);
    r.set("defaultConfiguration", F.objectNode().put("level", level(b.severity())));
    ObjectNode p = F.objectNode();
    p.put("severity", b.severity().name());
    p.put("check", b.check());
    p.put("reset_required", b.resetRequired());
    if (b.rollsUpTo() != null) {
      p.put("rolls_up_to", b.rollsUpTo());
    }
    p.set("tags", F.arrayNode().add("gate").add(b.check()));
    r.set("properties", p);
    return r;
  }

  private static void results(ArrayNode out, List<Blocker> blockers, List<Blocker> rules, String uri) {
    for (Blocker b : blockers) {
      int index = indexOf(rules, b.code());
      for (FindingEntry f : b.findings()) {
        ObjectNode r = F.objectNode();
        r.put("ruleId", b.code());
        r.put("ruleIndex", index);
        r.put("level", level(b.severity()));
        r.put("kind", "fail");
        String subject = f.subject() == null ? "" : f.subject() + ": ";
        r.set("message", text(b.code() + " " + subject + f.detail()));
        ObjectNode artifact = F.objectNode().put("uri", uri);
        ObjectNode location = F.objectNode();
        location.set("physicalLocation", F.objectNode().set("artifactLocation", artifact));
        if (f.subject() != null) {
          location.set("logicalLocations", F.arrayNode().add(F.objectNode().put("name", f.subject())));
        }
        r.set("locations", F.arrayNode().add(location));
        r.set("partialFingerprints", F.objectNode().put(FINGERPRINT,
            Digests.sha256(b.code() + "\n" + f.subject() + "\n" + f.detail())));
        ObjectNode p = F.objectNode();
        p.put("rule", f.rule());
        ArrayNode facts = F.arrayNode();
        for (FactRef ref : f.facts()) {
          facts.add(ref.id());
        }
        p.set("facts", facts);
        r.set("properties", p);
        if (f.waivedBy() != null) {
          r.set("suppressions", F.arrayNode().add(F.objectNode().put("kind", "external")
              .put("justification", "waived by " + f.waivedBy())));
        }
        out.add(r);
      }
    }
  }

  private static int indexOf(List<Blocker> rules, String code) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalStateException("no rule for `" + code + "`");
  }

  private static ObjectNode text(String t) {
    return F.objectNode().put("text", t == null ? "" : t);
  }
}
