package dev.gateadjudicator.internal;

import dev.gateadjudicator.fact.HandleFormat;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A phase's {@code taxonomy.json}: its checks, lanes with their evidence contracts, and blocker taxonomy.
 *
 * @param phase phase id, for example {@code P6}
 * @param name phase name, for example {@code STREAMING_ACTIVE}
 * @param nextPhase the phase an ADVANCE moves to, for example {@code P7}
 * @param source where in the plan this comes from
 * @param checks the verification checks
 * @param lanes the lanes
 * @param blockers the blocker taxonomy, each entry in this phase
 * @param durablePublishBlocker the code a lane records when its evidence does not publish or read back
 *     durably, for example {@code M6P6-B8}; {@code null} when the phase names none
 * @param platformRunIdRequired whether a fact set of this phase must name its {@code platform_run_id} (default true)
 * @param heldLaneNextGate the next gate a lane (not the gate lane) names when it holds, for example {@code BLOCKED}
 *     (default {@code HOLD_REMEDIATE})
 * @param gateResidualSeverities severities of counted blockers the gate lane carries as residuals instead of
 *     holding, for example S3 and S4 (default none); a lane's previous-lane precondition accepts them too
 * @param errorRoutes where a {@code collection_error} of each target kind is routed in every lane of the phase
 *     ({@code *}: any kind no route names); a lane's own routes take precedence
 * @param gateRollup how the gate lane judges the lanes it rolls up, or {@code null} when the phase has no gate lane
 */
public record PhaseCatalog(
    String phase,
    String name,
    String nextPhase,
    String source,
    List<Check> checks,
    List<Lane> lanes,
    List<BlockerDefinition> blockers,
    String durablePublishBlocker,
    Boolean platformRunIdRequired,
    String heldLaneNextGate,
    List<Severity> gateResidualSeverities,
    Map<String, Route> errorRoutes,
    GateRollup gateRollup) {

  /** The next gate a held lane names when the phase says nothing else. */
  public static final String DEFAULT_HELD_NEXT_GATE = "HOLD_REMEDIATE";

  /** Fills defaults. */
  public PhaseCatalog {
    blockers = blockers == null ? List.of() : blockers.stream().map(b -> b.inPhase(phase)).toList();
    platformRunIdRequired = !Boolean.FALSE.equals(platformRunIdRequired);
    heldLaneNextGate = heldLaneNextGate == null ? DEFAULT_HELD_NEXT_GATE : heldLaneNextGate;
    gateResidualSeverities = gateResidualSeverities == null ? List.of() : List.copyOf(gateResidualSeverities);
    errorRoutes = errorRoutes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errorRoutes));
  }

  /**
   * Where a failed read is routed: the code it raises and the check it is reported under.
   *
   * @param code a code of the phase's taxonomy
   * @param check the check to report it under, or {@code null} for the code's own
   */
  public record Route(String code, String check) {}

  /**
   * How the gate lane judges the lanes it rolls up: where each rollup inconsistency is routed, how lane codes carry,
   * which results it judges and how it reads execution ids (see {@link dev.gateadjudicator.rules.RollupTable}).
   *
   * @param routes inconsistency (see {@link dev.gateadjudicator.rules.RollupRoute#INCONSISTENCIES}, or {@code *} for
   *     any without a route of its own) -> route
   * @param carry {@code as_raised} (default) or {@code rolled_up}
   * @param carryCheck the check carried codes are reported under, or {@code null} for each code's own
   * @param supersededResults {@code judged} (default) or {@code ignored}
   * @param executionIds {@code own_prefix} (default) or {@code not_another_lanes}
   */
  public record GateRollup(Map<String, Route> routes, String carry, String carryCheck, String supersededResults,
      String executionIds) {
    /** Fills defaults. */
    public GateRollup {
      routes = routes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
      carry = carry == null ? "as_raised" : carry;
      supersededResults = supersededResults == null ? "judged" : supersededResults;
      executionIds = executionIds == null ? "own_prefix" : executionIds;
    }

    /**
     * Where an inconsistency is routed: its own route, else (a failed read-back) the phase's durable-publish
     * blocker, else the {@code *} route.
     *
     * @param inconsistency the inconsistency
     * @param durablePublishBlocker the phase's durable-publish blocker, or {@code null}
     * @return the route, or {@code null} when none applies (the linter refuses such a policy)
     */
    public Route route(String inconsistency, String durablePublishBlocker) {
      Route own = routes.get(inconsistency);
      if (own != null) {
        return own;
      }
      if (inconsistency.equals(dev.gateadjudicator.rules.RollupRoute.NOT_READ_BACK) && durablePublishBlocker != null) {
        return new Route(durablePublishBlocker, null);
      }
      return routes.get(dev.gateadjudicator.rules.RollupRoute.ANY);
    }
  }

  /**
   * The previous phase's gate verdict a lane's entry requires.
   *
   * @param phase the previous phase, for example {@code P5}
   * @param verdict the verdict its gate must have reached, for example {@code ADVANCE_TO_P6}
   */
  public record EntryVerdict(String phase, String verdict) {}

  /**
   * A lane's precondition: the latest result of the previous lane must pass.
   *
   * @param lane the previous lane
   * @param code the code a missing or failed precondition raises
   * @param check the check to report it under, or {@code null} for the code's own
   */
  public record Precondition(String lane, String code, String check) {}

  /**
   * A handle a lane requires, pinned in a shape.
   *
   * @param name handle name
   * @param format required shape
   * @param code the code a missing, unpinned or malformed pin raises
   * @param check the check to report it under, or {@code null} for the code's own
   * @param why which plan item requires it
   * @param routable whether a {@code TO_PIN} pin is accepted while a {@code lane_binding} routes the handle onward
   * @param when the condition under which it is required, or {@code null} for always
   */
  public record HandleRow(String name, HandleFormat format, String code, String check, String why, Boolean routable,
      When when) {
    /** Defaults {@code routable} to false. */
    public HandleRow {
      routable = Boolean.TRUE.equals(routable);
    }
  }

  /**
   * A condition on another handle: it is pinned to one of the listed values.
   *
   * @param handle the handle
   * @param in the values that make the row apply
   */
  public record When(String handle, List<String> in) {
    /** Copies the list. */
    public When {
      in = in == null ? List.of() : List.copyOf(in);
    }
  }

  /**
   * A verification check.
   *
   * @param id check id, for example {@code P6-V3-LAG-POSTURE}
   * @param purpose what it proves
   */
  public record Check(String id, String purpose) {}

  /**
   * A lane and its evidence contract.
   *
   * @param lane lane id, for example {@code M6.F}
   * @param prefix artifact prefix, for example {@code m6f}
   * @param title what the lane proves
   * @param gate whether it is the phase gate
   * @param checks the checks it runs, in order
   * @param snapshots snapshot artifacts
   * @param register blocker register file
   * @param rollup rollup matrix file (gate lanes)
   * @param verdict verdict file (gate lanes)
   * @param nextGate the gate the lane passes (or the gate lane advances) to, for example {@code M2.B_READY}
   * @param previousLane the lane whose passing result is this lane's precondition, or {@code null}
   * @param requiredHandles the handles the lane requires
   * @param errorRoutes where a {@code collection_error} of each target kind is routed in this lane
   * @param entryReceipt the next milestone's entry readiness receipt file (gate lanes), or {@code null}
   * @param codes the codes the lane may record (its family), without the phase's durable-publish blocker;
   *     empty when the lane lists none
   * @param requiredEvidence evidence the lane's checks require, by fact kind (for example the stack outputs a
   *     stack lane must emit); empty when the lane lists none
   * @param entryVerdict the previous phase's gate verdict the lane's entry requires, or {@code null}
   */
  public record Lane(
      String lane,
      String prefix,
      String title,
      boolean gate,
      List<String> checks,
      List<Snapshot> snapshots,
      String register,
      String rollup,
      String verdict,
      String nextGate,
      Precondition previousLane,
      List<HandleRow> requiredHandles,
      Map<String, Route> errorRoutes,
      String entryReceipt,
      List<String> codes,
      Map<String, List<String>> requiredEvidence,
      EntryVerdict entryVerdict) {
    /** Fills defaults. */
    public Lane {
      checks = checks == null ? List.of() : List.copyOf(checks);
      snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
      requiredHandles = requiredHandles == null ? List.of() : List.copyOf(requiredHandles);
      errorRoutes = errorRoutes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errorRoutes));
      codes = codes == null ? List.of() : List.copyOf(codes);
      requiredEvidence = requiredEvidence == null ? Map.of() : new TreeMap<>(requiredEvidence);
    }

    /**
     * The execution summary file.
     *
     * @return {@code <prefix>_execution_summary.json}
     */
    public String summary() {
      return prefix + "_execution_summary.json";
    }
  }

  /**
   * A snapshot artifact: the facts and handles of some checks, with their results.
   *
   * @param file file name
   * @param title what it shows
   * @param checks the checks it reports
   * @param factKinds the fact kinds it includes
   * @param handles the handles it includes
   * @param figures the figures it records, declared as {@link Figures} reads them
   */
  public record Snapshot(String file, String title, List<String> checks, List<String> factKinds, List<String> handles,
      List<com.fasterxml.jackson.databind.JsonNode> figures) {
    /** Fills defaults. */
    public Snapshot {
      figures = figures == null ? List.of() : List.copyOf(figures);
      checks = checks == null ? List.of() : List.copyOf(checks);
      factKinds = factKinds == null ? List.of() : List.copyOf(factKinds);
      handles = handles == null ? List.of() : List.copyOf(handles);
    }
  }

  /**
   * The lane with this id.
   *
   * @param id lane id
   * @return the lane, if the phase has it
   */
  public Optional<Lane> lane(String id) {
    return lanes.stream().filter(l -> l.lane().equals(id)).findFirst();
  }

  /**
   * The error routes in force in a lane: the phase's, overridden kind by kind by the lane's own.
   *
   * @param lane the lane
   * @return routes by target kind, phase routes first
   */
  public Map<String, Route> errorRoutes(Lane lane) {
    Map<String, Route> out = new LinkedHashMap<>(errorRoutes);
    out.putAll(lane.errorRoutes());
    return out;
  }
}
