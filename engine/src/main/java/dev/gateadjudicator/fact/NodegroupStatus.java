package dev.gateadjudicator.fact;

/** EKS managed nodegroup statuses, as DescribeNodegroup reports them. */
public enum NodegroupStatus {
  /** Creating. */
  CREATING,
  /** Usable. */
  ACTIVE,
  /** Updating. */
  UPDATING,
  /** Deleting. */
  DELETING,
  /** Creation failed. */
  CREATE_FAILED,
  /** Deletion failed. */
  DELETE_FAILED,
  /** Degraded. */
  DEGRADED
}
