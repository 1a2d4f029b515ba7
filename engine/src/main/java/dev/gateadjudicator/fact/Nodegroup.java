package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * An EKS managed nodegroup and how many of its nodes are Ready.
 *
 * @param id fact id
 * @param source where it was read
 * @param name nodegroup name
 * @param status EKS status
 * @param healthIssues health issue codes, for example {@code NodeCreationFailure}
 * @param readyNodes nodes in the Ready condition
 */
@JsonTypeName("nodegroup")
public record Nodegroup(
    String id, String source, String name, NodegroupStatus status, List<String> healthIssues, long readyNodes)
    implements Fact {
  /** Validates the fields and sorts the health issues. */
  public Nodegroup {
    Require.text(name, "name");
    Require.present(status, "status");
    healthIssues = Require.sortedCopy(healthIssues == null ? List.of() : healthIssues, "health_issues");
    Require.nonNegative(readyNodes, "ready_nodes");
  }

  /**
   * Whether this nodegroup can schedule work: ACTIVE with at least one Ready node and no health issue (the plan's
   * M6P6-B2 root cause was a nodegroup with `NodeCreationFailure`).
   *
   * @return true when usable
   */
  public boolean schedulable() {
    return status == NodegroupStatus.ACTIVE && readyNodes > 0 && healthIssues.isEmpty();
  }

  @Override
  public Nodegroup withId(String newId) {
    return new Nodegroup(newId, source, name, status, healthIssues, readyNodes);
  }
}
