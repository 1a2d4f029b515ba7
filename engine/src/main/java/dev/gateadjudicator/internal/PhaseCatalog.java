package dev.gateadjudicator.internal;

import dev.gateadjudicator.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * A phase's {@code taxonomy.json}: its checks, lanes with their evidence contracts, and blocker taxonomy.
 *
 * @param phase phase id, for example {@code P6}
 * @param name phase name, for example {@code STREAMING_ACTIVE}
 * @param nextPhase the phase an ADVANCE moves to, for example {@code P7}
 * @param source where in the plan this comes from
 * @param checks the verification checks
 * @param lanes the lanes
 * @param blockers the blocker taxonomy
 * @param durablePublishBlocker the code a lane records when its evidence does not publish or read back
 *     durably, for example {@code M6P6-B8}; {@code null} when the phase names none
 */
public record PhaseCatalog(
    String phase,
    String name,
    String nextPhase,
    String source,
    List<Check> checks,
    List<Lane> lanes,
    List<BlockerEntry> blockers,
    String durablePublishBlocker) {

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
   * @param entryReceipt the next milestone's entry readiness receipt file (gate lanes), or {@code null}
   * @param codes the codes the lane may record (its family), without the phase's durable-publish blocker;
   *     empty when the lane lists none
   * @param requiredEvidence evidence the lane's checks require, by fact kind (for example the stack outputs a
   *     stack lane must emit); empty when the lane lists none
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
      String entryReceipt,
      List<String> codes,
      Map<String, List<String>> requiredEvidence) {
    /** Fills defaults. */
    public Lane {
      checks = checks == null ? List.of() : List.copyOf(checks);
      snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
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
   * A taxonomy entry.
   *
   * @param code code
   * @param title title
   * @param severity severity
   * @param resetRequired whether it requires a reset
   * @param check the check it belongs to
   * @param remediation remediation text
   * @param rollsUpTo phase-level code it rolls up to, or {@code null}
   * @param waivable whether an S1/S2 or reset-required code may be waived
   */
  public record BlockerEntry(
      String code,
      String title,
      Severity severity,
      boolean resetRequired,
      String check,
      String remediation,
      String rollsUpTo,
      Boolean waivable) {
    /** Defaults {@code waivable} to false. */
    public BlockerEntry {
      waivable = Boolean.TRUE.equals(waivable);
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
}
