package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;

/** A read that failed for a reason the collector itself recognised (an unpinned handle, no datapoints...). */
final class CollectionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The typed error. */
  private final ErrorType type;

  /**
   * Creates one.
   *
   * @param type the typed error
   * @param message a lowercase message naming the target in backticks
   */
  public CollectionFailure(ErrorType type, String message) {
    super(message);
    this.type = type;
  }

  /**
   * The typed error.
   *
   * @return the type
   */
  public ErrorType type() {
    return type;
  }
}
