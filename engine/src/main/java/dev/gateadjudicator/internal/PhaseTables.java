package dev.gateadjudicator.internal;

import dev.gateadjudicator.rules.EntryVerdict;
import dev.gateadjudicator.rules.ErrorRoute;
import dev.gateadjudicator.rules.HandleRequirement;
import dev.gateadjudicator.rules.LaneFamily;
import dev.gateadjudicator.rules.PhaseLane;
import dev.gateadjudicator.rules.PreviousLane;
import dev.gateadjudicator.rules.RequiredEvidence;
import dev.gateadjudicator.rules.RollupRoute;
import dev.gateadjudicator.rules.RollupTable;
import dev.gateadjudicator.rules.VerdictTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy-table rows of one phase, built once per compiled policy from the phase's {@code taxonomy.json}: the
 * rule facts an adjudication of each lane inserts before its input facts, for the generic rules of the policy's
 * shared folder (and the phase's own rules) to read: every lane's {@code PhaseLane}, {@code LaneFamily} and
 * {@code RequiredEvidence}, the phase's {@code VerdictTable}, and the current lane's required handles, error
 * routes, previous-lane precondition and entry verdict; for the gate lane, the phase's {@code RollupTable} and one
 * {@code RollupRoute} per rollup inconsistency.
 */
final class PhaseTables {
  private final Map<String, List<Object>> rowsByLane;

  private PhaseTables(Map<String, List<Object>> rowsByLane) {
    this.rowsByLane = rowsByLane;
  }

  /**
   * The rows of every lane of a phase.
   *
   * @param c the phase catalog
   * @return the tables
   */
  static PhaseTables of(PhaseCatalog c) {
    List<Object> shared = new ArrayList<>();
    shared.add(new VerdictTable(c.heldLaneNextGate(), c.gateResidualSeverities()));
    for (int i = 0; i < c.lanes().size(); i++) {
      PhaseCatalog.Lane l = c.lanes().get(i);
      shared.add(new PhaseLane(l.lane(), i, l.gate(), l.nextGate(), l.prefix()));
      if (!l.codes().isEmpty()) {
        java.util.Set<String> family = new java.util.TreeSet<>(l.codes());
        if (c.durablePublishBlocker() != null) {
          family.add(c.durablePublishBlocker());
        }
        shared.add(new LaneFamily(l.lane(), l.prefix(), family));
      }
      l.requiredEvidence().forEach((kind, names) -> names.forEach(
          name -> shared.add(new RequiredEvidence(l.lane(), kind, name))));
    }
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (PhaseCatalog.Lane l : c.lanes()) {
      List<Object> rows = new ArrayList<>(shared);
      for (PhaseCatalog.HandleRow h : l.requiredHandles()) {
        rows.add(new HandleRequirement(h.name(), h.format(), h.code(), h.check(), h.why(), h.routable(),
            h.when() == null ? null : h.when().handle(), h.when() == null ? List.of() : h.when().in()));
      }
      c.errorRoutes(l).forEach((kind, r) -> rows.add(new ErrorRoute(kind, r.code(), r.check())));
      if (l.previousLane() != null) {
        PhaseCatalog.Precondition p = l.previousLane();
        rows.add(new PreviousLane(p.lane(), p.code(), p.check()));
      }
      if (l.entryVerdict() != null) {
        rows.add(new EntryVerdict(l.entryVerdict().phase(), l.entryVerdict().verdict()));
      }
      if (l.gate() && c.gateRollup() != null) {
        rows.addAll(rollupRows(c));
      }
      out.put(l.lane(), List.copyOf(rows));
    }
    return new PhaseTables(Collections.unmodifiableMap(out));
  }

  /** The gate lane's rollup rows: how it reads results, and one resolved route per inconsistency. */
  private static List<Object> rollupRows(PhaseCatalog c) {
    PhaseCatalog.GateRollup g = c.gateRollup();
    List<Object> rows = new ArrayList<>();
    rows.add(new RollupTable(g.carry().equals("rolled_up"), g.carryCheck(), !g.supersededResults().equals("ignored"),
        !g.executionIds().equals("not_another_lanes")));
    for (String inconsistency : RollupRoute.INCONSISTENCIES) {
      PhaseCatalog.Route r = g.route(inconsistency, c.durablePublishBlocker());
      if (r != null) {
        rows.add(new RollupRoute(inconsistency, r.code(), r.check()));
      }
    }
    return rows;
  }

  /**
   * The rows an adjudication of a lane inserts.
   *
   * @param lane the lane id
   * @return the rows, in table order; empty for a lane the phase lacks
   */
  List<Object> rows(String lane) {
    return rowsByLane.getOrDefault(lane, List.of());
  }
}
