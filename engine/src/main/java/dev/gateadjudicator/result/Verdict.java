package dev.gateadjudicator.result;

/**
 * The outcome of an adjudication. For a gate lane it is the phase verdict; for any other lane
 * {@link #ADVANCE} means the lane passed and {@link #HOLD_REMEDIATE} that it did not.
 */
public enum Verdict {
  /** Move to the next phase (gate) or the next lane (lane). */
  ADVANCE(0),
  /** Blockers remain: remediate and rerun. */
  HOLD_REMEDIATE(1),
  /** A blocker requires the run to be reset before any rerun. */
  NO_GO_RESET_REQUIRED(2);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  /**
   * The CLI exit code for this verdict: 0, 1 or 2.
   *
   * @return the exit code
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * The label a gate artifact carries, for example {@code ADVANCE_TO_P7}.
   *
   * @param nextPhase the phase a gate advances to
   * @return the label
   */
  public String label(String nextPhase) {
    return this == ADVANCE ? "ADVANCE_TO_" + nextPhase : name();
  }
}
