package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of an earlier lane execution, as its execution summary recorded it: the input of a gate lane.
 *
 * @param id fact id
 * @param source where it was read
 * @param lane the lane, for example {@code M6.F}
 * @param executionId the lane execution
 * @param capturedAt when that execution captured its facts
 * @param overallPass whether it passed
 * @param blockerCount distinct blocker codes it recorded
 * @param blockerCodes those codes, sorted
 * @param nextGate its next gate
 * @param durableReadbackOk whether its evidence was published and read back durably
 */
@JsonTypeName("lane_result")
public record LaneResult(
    String id,
    String source,
    String lane,
    String executionId,
    Instant capturedAt,
    boolean overallPass,
    long blockerCount,
    List<String> blockerCodes,
    String nextGate,
    boolean durableReadbackOk)
    implements Fact {
  /** Validates the fields and sorts the codes. */
  public LaneResult {
    Require.text(lane, "lane");
    Require.text(executionId, "execution_id");
    Require.present(capturedAt, "captured_at");
    Require.nonNegative(blockerCount, "blocker_count");
    blockerCodes = Require.sortedCopy(blockerCodes, "blocker_codes");
    Require.text(nextGate, "next_gate");
  }

  /**
   * Whether the recorded pass flag agrees with the recorded blockers.
   *
   * @return true when a pass has no blockers and a failure has some, and the count matches the codes
   */
  public boolean selfConsistent() {
    return overallPass == (blockerCount == 0) && blockerCount == blockerCodes.stream().distinct().count();
  }

  @Override
  public LaneResult withId(String newId) {
    return new LaneResult(
        newId, source, lane, executionId, capturedAt, overallPass, blockerCount, blockerCodes, nextGate,
        durableReadbackOk);
  }
}
