package dev.gateadjudicator.result;

import java.time.Instant;
import java.util.List;

/**
 * One row of a gate's rollup matrix: the effective result of a rolled-up lane, or {@code MISSING}.
 *
 * @param lane the lane
 * @param status {@code PASS}, {@code FAIL} or {@code MISSING}
 * @param executionId the effective execution, or {@code null} when missing
 * @param capturedAt its capture time, or {@code null}
 * @param overallPass its recorded pass flag, or {@code null}
 * @param blockerCodes its recorded codes
 * @param nextGate its recorded next gate, or {@code null}
 * @param durableReadbackOk its durable read-back flag, or {@code null}
 */
public record LaneRollup(
    String lane,
    String status,
    String executionId,
    Instant capturedAt,
    Boolean overallPass,
    List<String> blockerCodes,
    String nextGate,
    Boolean durableReadbackOk) {
  /** Copies the codes. */
  public LaneRollup {
    blockerCodes = List.copyOf(blockerCodes);
  }
}
