package dev.gateadjudicator.result;

/** Whether a verification check passed. */
public enum CheckStatus {
  /** No active blocker of the check. */
  PASS,
  /** At least one active blocker of the check. */
  FAIL
}
