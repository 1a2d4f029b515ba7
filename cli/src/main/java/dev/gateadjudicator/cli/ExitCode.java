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
  /** Internal error: an unexpected failure inside gate (a bug, or the JVM out of memory or stack), never a verdict. */
  static final int INTERNAL = 70;

  /** Help text of {@link #OK} for the commands that adjudicate. */
  static final String HELP_OK = "0:lane passed / ADVANCE";
  /** Help text of {@link #HOLD}. */
  static final String HELP_HOLD = "1:HOLD_REMEDIATE (also: --publish did not read back durably)";
  /** Help text of {@link #NO_GO}. */
  static final String HELP_NO_GO = "2:NO_GO_RESET_REQUIRED";
  /** Help text of {@link #INVALID_INPUT}. */
  static final String HELP_INVALID = "3:invalid input (names the JSON path)";
  /** Help text of {@link #POLICY}. */
  static final String HELP_POLICY = "4:policy error (names file and line)";
  /** Help text of {@link #USAGE}. */
  static final String HELP_USAGE = "64:usage error or local i/o failure";
  /** Help text of {@link #INTERNAL}. */
  static final String HELP_INTERNAL = "70:internal error (out of memory, a bug); nothing is judged";

  private ExitCode() {}
}
