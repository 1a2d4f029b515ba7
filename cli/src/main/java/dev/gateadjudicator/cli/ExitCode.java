package dev.gateadjudicator.cli;

/** The exit codes of every command, documented in the README. */
final class ExitCode {
  /** Lane passed, or the gate advanced; or every fixture matched. */
  static final int OK = 0;
  /** HOLD_REMEDIATE: the lane did not pass; or a fixture did not match. */
  static final int HOLD = 1;
  /** NO_GO_RESET_REQUIRED. */
  static final int NO_GO = 2;
  /** Invalid input: bad JSON, a schema violation, an unknown lane. */
  static final int INVALID_INPUT = 3;
  /** Policy error: a rule file or taxonomy that does not compile or lint. */
  static final int POLICY = 4;
  /** Usage error or an I/O failure writing output. */
  static final int USAGE = 64;

  private ExitCode() {}
}
