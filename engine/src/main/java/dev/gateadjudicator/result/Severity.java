package dev.gateadjudicator.result;

/** Blocker severities of the taxonomy, S1 the most severe. */
public enum Severity {
  /** Critical: blocks advance. */
  S1,
  /** Major: blocks advance. */
  S2,
  /** Minor: may be carried as a residual where the phase policy allows. */
  S3,
  /** Informational: may be carried as a residual where the phase policy allows. */
  S4;

  /**
   * Whether an active blocker of this severity forbids an ADVANCE whatever the verdict rules say.
   * The engine enforces this as a fail-closed backstop.
   *
   * @return true for S1 and S2
   */
  public boolean blocksAdvance() {
    return this == S1 || this == S2;
  }
}
