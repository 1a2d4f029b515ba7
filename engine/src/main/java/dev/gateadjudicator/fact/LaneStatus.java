package dev.gateadjudicator.fact;

/** The observed state of a stream lane's job. */
public enum LaneStatus {
  /** Submitted to the runtime, not yet scheduled. */
  SUBMITTED,
  /** Scheduled, not yet running. */
  PENDING,
  /** Running. */
  RUNNING,
  /** Failed. */
  FAILED,
  /** Finished. */
  COMPLETED,
  /** Cancelled. */
  CANCELLED,
  /** No job found for the lane. */
  ABSENT
}
