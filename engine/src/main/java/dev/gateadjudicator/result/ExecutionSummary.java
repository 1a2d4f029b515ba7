package dev.gateadjudicator.result;

import java.time.Instant;
import java.util.List;

/**
 * The execution summary every lane writes ({@code <prefix>_execution_summary.json}).
 *
 * @param phase phase
 * @param lane lane
 * @param executionId execution id
 * @param capturedAt capture time (never wall-clock time)
 * @param overallPass whether the lane passed; for a gate lane, whether it advanced
 * @param blockerCount distinct active codes
 * @param blockerCodes those codes, sorted
 * @param nextGate the next gate
 * @param verdict the gate verdict label, or {@code null} for a non-gate lane
 * @param checks check results
 */
public record ExecutionSummary(
    String phase,
    String lane,
    String executionId,
    Instant capturedAt,
    boolean overallPass,
    int blockerCount,
    List<String> blockerCodes,
    String nextGate,
    String verdict,
    List<CheckResult> checks) {
  /** Copies the lists. */
  public ExecutionSummary {
    blockerCodes = List.copyOf(blockerCodes);
    checks = List.copyOf(checks);
  }
}
