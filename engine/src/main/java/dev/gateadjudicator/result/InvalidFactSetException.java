package dev.gateadjudicator.result;

/** Bad input: the fact set is not JSON, breaks its schema, or names a phase or lane the policy lacks (exit 3). */
public final class InvalidFactSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;

  /**
   * An input error at a JSON path.
   *
   * @param path JSON pointer of the offending value ({@code ""} for the document)
   * @param message what is wrong, lowercase
   */
  public InvalidFactSetException(String path, String message) {
    super("invalid fact set at `" + (path.isEmpty() ? "/" : path) + "`: " + message);
    this.path = path;
  }

  /**
   * The JSON pointer of the offending value.
   *
   * @return the path, {@code ""} for the whole document
   */
  public String path() {
    return path;
  }
}
