package dev.gateadjudicator.result;

import java.time.Instant;
import java.util.List;

/**
 * The rollup matrix of a lane execution: its checks and, for a gate lane, the rolled-up lanes and the
 * superseded results.
 *
 * @param phase phase
 * @param lane lane
 * @param executionId execution id
 * @param capturedAt capture time
 * @param checks check results, in catalog order
 * @param lanes rolled-up lanes (gate lanes only), by lane
 * @param superseded superseded results (gate lanes only)
 */
public record RollupMatrix(
    String phase,
    String lane,
    String executionId,
    Instant capturedAt,
    List<CheckResult> checks,
    List<LaneRollup> lanes,
    List<SupersededResult> superseded) {
  /** Copies the lists. */
  public RollupMatrix {
    checks = List.copyOf(checks);
    lanes = List.copyOf(lanes);
    superseded = List.copyOf(superseded);
  }
}
