package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.BlockerRegister;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.CheckStatus;
import dev.gateadjudicator.result.ExecutionSummary;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.GateVerdict;
import dev.gateadjudicator.result.LaneRollup;
import dev.gateadjudicator.result.RollupMatrix;
import dev.gateadjudicator.result.SupersededResult;
import dev.gateadjudicator.result.Verdict;
import dev.gateadjudicator.rules.Decision;
import dev.gateadjudicator.rules.EffectiveLaneResult;
import dev.gateadjudicator.rules.Finding;
import dev.gateadjudicator.rules.RollupLane;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a rule session's output into the typed results and the lane's artifacts, and validates every
 * artifact against its schema before it leaves the engine. Pure: no I/O, no clock.
 */
public final class Assembler {
  /** Schema of the execution summary. */
  public static final String SUMMARY_SCHEMA = "artifacts/execution_summary.schema.json";
  /** Schema of the blocker register. */
  public static final String REGISTER_SCHEMA = "artifacts/blocker_register.schema.json";
  /** Schema of the rollup matrix. */
  public static final String ROLLUP_SCHEMA = "artifacts/rollup_matrix.schema.json";
  /** Schema of the gate verdict. */
  public static final String VERDICT_SCHEMA = "artifacts/gate_verdict.schema.json";
  /** Schema of the entry readiness receipt a gate writes for the next milestone. */
  public static final String ENTRY_RECEIPT_SCHEMA = "artifacts/entry_readiness_receipt.schema.json";
  /** Schema of a snapshot. */
  public static final String SNAPSHOT_SCHEMA = "artifacts/snapshot.schema.json";

  private Assembler() {}

  /**
   * Assembles an adjudication from a fact set whose tree the caller already built: the snapshots take their facts,
   * handles and figures from that tree instead of turning each fact into a tree again.
   *
   * @param policy the policy
   * @param catalog the phase catalog
   * @param lane the lane
   * @param factSet the canonical fact set
   * @param factSetTree {@link FactSetCodec#toTree} of {@code factSet}; read, never changed
   * @param factSetDigest its digest ({@link FactSetCodec#digest(JsonNode)}), computed once per adjudication
   * @param eval the session output
   * @return the adjudication, its artifacts schema-checked
   * @throws IllegalStateException when an artifact breaks its schema (an engine bug)
   */
  public static Adjudication assemble(Policy policy, PhaseCatalog catalog, PhaseCatalog.Lane lane,
      FactSet factSet, JsonNode factSetTree, String factSetDigest, Evaluation eval) {
    List<Finding> counted = eval.findings().stream().filter(Finding::counted).toList();
    List<Finding> waived = eval.findings().stream().filter(f -> !f.counted()).toList();
    List<Blocker> blockers = group(policy.definitions(), counted);
    List<String> codes = blockers.stream().map(Blocker::code).toList();
    BlockerRegister register = new BlockerRegister(catalog.phase(), lane.lane(), factSet.executionId(),
        factSet.capturedAt(), codes.size(), blockers, group(policy.definitions(), waived), eval.waivers());
    List<CheckResult> checks = checks(lane, counted);

    Decision decision = VerdictBackstop.decide(eval.decisions(), counted);
    Verdict outcome = decision.verdict();
    List<String> decidedBy = decision.rule().startsWith("engine:")
        ? List.of(decision.rule())
        : eval.decisions().stream().filter(d -> d.verdict() == outcome).map(Decision::rule)
            .distinct().sorted().toList();
    String verdictLabel = lane.gate() ? outcome.label(catalog.nextPhase()) : null;
    ExecutionSummary summary = new ExecutionSummary(catalog.phase(), lane.lane(), factSet.executionId(),
        factSet.capturedAt(), outcome == Verdict.ADVANCE, codes.size(), codes, decision.nextGate(),
        verdictLabel, checks);
    RollupMatrix rollup = new RollupMatrix(catalog.phase(), lane.lane(), factSet.executionId(),
        factSet.capturedAt(), checks, lane.gate() ? rollupLanes(eval) : List.of(),
        eval.superseded().stream().map(s -> new SupersededResult(s.lane(), s.result().executionId(),
            s.result().capturedAt(), s.result().overallPass(), s.supersededBy())).toList());
    GateVerdict gateVerdict = null;
    if (lane.gate()) {
      List<String> residuals = outcome == Verdict.ADVANCE ? codes : List.of();
      gateVerdict = new GateVerdict(catalog.phase(), lane.lane(), factSet.executionId(), factSet.capturedAt(),
          verdictLabel, decision.nextGate(), outcome == Verdict.ADVANCE, codes.size(), codes, residuals,
          decidedBy, policy.name(), policy.digest(), factSetDigest);
    }

    SortedMap<String, String> artifacts = new TreeMap<>();
    put(artifacts, lane.summary(), SUMMARY_SCHEMA, summary);
    if (lane.register() != null) {
      put(artifacts, lane.register(), REGISTER_SCHEMA, register);
    }
    if (lane.rollup() != null) {
      put(artifacts, lane.rollup(), ROLLUP_SCHEMA, rollup);
    }
    if (lane.verdict() != null && gateVerdict != null) {
      put(artifacts, lane.verdict(), VERDICT_SCHEMA, gateVerdict);
    }
    if (lane.entryReceipt() != null && gateVerdict != null) {
      put(artifacts, lane.entryReceipt(), ENTRY_RECEIPT_SCHEMA,
          entryReceipt(lane, catalog, gateVerdict, rollup.lanes()));
    }
    for (PhaseCatalog.Snapshot s : lane.snapshots()) {
      put(artifacts, s.file(), SNAPSHOT_SCHEMA, snapshot(s, factSet, factSetTree, checks));
    }
    return new Adjudication(outcome, summary, register, rollup, gateVerdict, policy.name(), policy.digest(),
        factSetDigest, artifacts, eval.firedRules());
  }

  /** The fields every artifact built as a tree starts with, in their written order. */
  private static ObjectNode header(String file, String title, String phase, String lane, String executionId) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    // the common case without compiling the pattern per artifact; anything else goes through the pattern as before
    n.put("artifact", file.endsWith(".json") ? file.substring(0, file.length() - 5)
        : file.replaceFirst("\\.json$", ""));
    if (title != null) {
      n.put("title", title);
    }
    n.put("phase", phase);
    n.put("lane", lane);
    n.put("execution_id", executionId);
    return n;
  }

  private static ObjectNode entryReceipt(PhaseCatalog.Lane lane, PhaseCatalog catalog, GateVerdict v,
      List<LaneRollup> lanes) {
    ObjectNode n = header(lane.entryReceipt(), null, v.phase(), v.lane(), v.executionId());
    n.put("captured_at", v.capturedAt().toString());
    n.put("next_phase", catalog.nextPhase());
    n.put("entry_ready", v.overallPass());
    n.put("verdict", v.verdict());
    n.put("next_gate", v.nextGate());
    v.blockerCodes().forEach(n.putArray("blocker_codes")::add);
    v.residualCodes().forEach(n.putArray("residual_codes")::add);
    ArrayNode evidence = n.putArray("evidence");
    for (LaneRollup r : lanes) {
      ObjectNode e = evidence.addObject();
      e.put("lane", r.lane());
      e.put("status", r.status());
      if (r.executionId() != null) {
        e.put("execution_id", r.executionId());
      }
      if (r.capturedAt() != null) {
        e.put("captured_at", r.capturedAt().toString());
      }
    }
    n.put("policy_digest", v.policyDigest());
    n.put("fact_set_digest", v.factSetDigest());
    return n;
  }

  private static List<Blocker> group(Map<String, BlockerDefinition> defs, List<Finding> findings) {
    Map<String, List<Finding>> byCode = new TreeMap<>();
    findings.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
    List<Blocker> out = new ArrayList<>();
    byCode.forEach((code, fs) -> {
      BlockerDefinition d = defs.get(code);
      List<FindingEntry> entries = fs.stream()
          .map(f -> new FindingEntry(f.subject(), f.detail(), f.rule(), f.facts(), f.waivedBy()))
          .distinct()
          .sorted(Comparator.comparing(FindingEntry::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(FindingEntry::rule)
              .thenComparing(FindingEntry::detail, Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(e -> e.facts().toString()))
          .toList();
      // the check the findings were reported under (a rule's @check), when they agree on one
      Set<String> reported = fs.stream().map(Finding::check).collect(Collectors.toCollection(TreeSet::new));
      String check = reported.size() == 1 ? reported.iterator().next() : d.check();
      // reset-required when a finding of it is: a carried code follows the lane code actually raised
      boolean reset = fs.stream().anyMatch(Finding::resetRequired);
      out.add(new Blocker(d.appliedAs(check, reset), entries));
    });
    return out;
  }

  private static List<CheckResult> checks(PhaseCatalog.Lane lane, List<Finding> counted) {
    Set<String> ids = new LinkedHashSet<>(lane.checks());
    counted.stream().map(Finding::check).sorted().forEach(ids::add);
    List<CheckResult> out = new ArrayList<>();
    for (String id : ids) {
      List<String> codes = counted.stream().filter(f -> f.check().equals(id)).map(Finding::code)
          .distinct().sorted().toList();
      out.add(new CheckResult(id, codes.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, codes));
    }
    return out;
  }

  private static List<LaneRollup> rollupLanes(Evaluation eval) {
    List<LaneRollup> out = new ArrayList<>();
    for (RollupLane r : eval.rollupLanes()) {
      EffectiveLaneResult e = eval.effective().stream().filter(x -> x.lane().equals(r.lane()))
          .findFirst().orElse(null);
      if (e == null) {
        out.add(new LaneRollup(r.lane(), "MISSING", null, null, null, List.of(), null, null));
      } else {
        LaneResult x = e.result();
        out.add(new LaneRollup(r.lane(), x.overallPass() ? "PASS" : "FAIL", x.executionId(), x.capturedAt(),
            x.overallPass(), x.blockerCodes(), x.nextGate(), x.durableReadbackOk()));
      }
    }
    return out;
  }

  private static ObjectNode snapshot(PhaseCatalog.Snapshot spec, FactSet factSet, JsonNode factSetTree,
      List<CheckResult> checks) {
    ObjectNode n = header(spec.file(), spec.title(), factSet.phase(), factSet.lane(), factSet.executionId());
    if (factSet.platformRunId() != null) {
      n.put("platform_run_id", factSet.platformRunId());
    }
    n.put("captured_at", factSet.capturedAt().toString());
    ArrayNode cs = n.putArray("checks");
    boolean pass = true;
    for (String id : spec.checks()) {
      CheckResult r = checks.stream().filter(c -> c.check().equals(id)).findFirst()
          .orElse(new CheckResult(id, CheckStatus.PASS, List.of()));
      pass &= r.status() == CheckStatus.PASS;
      cs.add(Json.MAPPER.valueToTree(r));
    }
    n.put("overall_pass", pass);
    ObjectNode hs = n.putObject("handles");
    ArrayNode missing = n.putArray("missing_handles");
    JsonNode handleTrees = factSetTree.path("handles");
    for (String h : new TreeSet<>(spec.handles())) {
      Object v = factSet.handles().get(h);
      if (v == null) {
        missing.add(h);
      } else {
        hs.set(h, handleTrees.get(h));
      }
    }
    if (!spec.figures().isEmpty()) {
      n.set("figures", Figures.compute(spec.figures(), factSet, factSetTree));
    }
    ArrayNode facts = n.putArray("facts");
    JsonNode factTrees = factSetTree.path("facts");
    List<Fact> all = factSet.facts();
    for (int i = 0; i < all.size(); i++) {
      Fact f = all.get(i);
      boolean listed = spec.factKinds().contains(f.kind());
      boolean errorOfListed = f instanceof dev.gateadjudicator.fact.CollectionError ce
          && spec.factKinds().contains(ce.targetKind());
      if (listed || errorOfListed) {
        facts.add(factTrees.get(i));   // the fact set's tree lists the canonical facts in the same order
      }
    }
    return n;
  }

  private static void put(SortedMap<String, String> artifacts, String file, String schema, Object value) {
    JsonNode tree = Json.canonicalTree(value);
    List<Schemas.Violation> violations = Schemas.validate(schema, tree);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("engine bug: artifact `" + file + "` breaks `" + schema + "`: "
          + violations.stream().map(v -> "`" + v.path() + "` " + v.message()).collect(Collectors.joining("; ")));
    }
    artifacts.put(file, Json.prettyText(tree));
  }
}
