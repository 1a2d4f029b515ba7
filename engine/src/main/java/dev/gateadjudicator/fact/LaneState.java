package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The state of one stream lane (named by its handle, for example {@code FLINK_EKS_WSP_STREAM_REF}).
 *
 * @param id fact id
 * @param source where it was read
 * @param laneRef the handle name of the lane
 * @param runtimePath the runtime path the job runs on
 * @param jobRef the runtime's job reference
 * @param state observed state
 */
@JsonTypeName("lane_state")
public record LaneState(
    String id, String source, String laneRef, RuntimePath runtimePath, String jobRef, LaneStatus state)
    implements Fact {
  /** Validates the fields. */
  public LaneState {
    Require.text(laneRef, "lane_ref");
    Require.present(runtimePath, "runtime_path");
    Require.present(state, "state");
  }

  @Override
  public LaneState withId(String newId) {
    return new LaneState(newId, source, laneRef, runtimePath, jobRef, state);
  }
}
