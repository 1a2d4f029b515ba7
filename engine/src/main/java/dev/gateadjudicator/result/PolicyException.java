package dev.gateadjudicator.result;

/** The policy cannot be used: a DRL compile error, a lint failure, a bad taxonomy (exit 4). */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  /**
   * A policy error at a file and line.
   *
   * @param file the policy file, relative to the policy root
   * @param line 1-based line, or 0 when unknown
   * @param message what is wrong, lowercase
   */
  public PolicyException(String file, int line, String message) {
    super("policy error in `" + file + "`" + (line > 0 ? " line " + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  /**
   * The offending file, relative to the policy root.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The offending line, 1-based, or 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }
}
