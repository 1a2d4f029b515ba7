package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * One row of the topic ownership matrix: which role handles produce to and consume from a topic handle.
 *
 * @param id fact id
 * @param source where it was read
 * @param topicHandle the topic handle, for example {@code FP_BUS_CONTROL_V1}
 * @param producerRoleHandle the producing role handle, for example {@code ROLE_FLINK_EXECUTION}
 * @param consumerRoleHandles the consuming role handles, sorted
 * @param routedRoleHandles role handles of this row whose materialization is explicitly routed to M2.E, sorted
 */
@JsonTypeName("lane_binding")
public record LaneBinding(
    String id, String source, String topicHandle, String producerRoleHandle, List<String> consumerRoleHandles,
    List<String> routedRoleHandles)
    implements Fact {
  /** Validates the fields and sorts the consumers. */
  public LaneBinding {
    Require.text(topicHandle, "topic_handle");
    Require.text(producerRoleHandle, "producer_role_handle");
    consumerRoleHandles = Require.sortedCopy(consumerRoleHandles, "consumer_role_handles");
    routedRoleHandles = Require.sortedCopy(
        routedRoleHandles == null ? List.of() : routedRoleHandles, "routed_role_handles");
  }

  /**
   * Whether this row routes the role handle's materialization to M2.E.
   *
   * @param roleHandle the role handle
   * @return true when routed
   */
  public boolean routes(String roleHandle) {
    return routedRoleHandles.contains(roleHandle);
  }

  /**
   * Every role handle the row names, producer first.
   *
   * @return the role handles
   */
  public List<String> roleHandles() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(producerRoleHandle), consumerRoleHandles.stream())
        .toList();
  }

  @Override
  public LaneBinding withId(String newId) {
    return new LaneBinding(
        newId, source, topicHandle, producerRoleHandle, consumerRoleHandles, routedRoleHandles);
  }
}
