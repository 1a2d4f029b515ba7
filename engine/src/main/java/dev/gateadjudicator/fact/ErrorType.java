package dev.gateadjudicator.fact;

/** Why a collector could not produce a fact. */
public enum ErrorType {
  /** The caller lacks permission. */
  ACCESS_DENIED,
  /** Throttled after the client's retries. */
  THROTTLED,
  /** A call or the collection deadline timed out. */
  TIMEOUT,
  /** The target does not exist where existence was not the question. */
  NOT_FOUND,
  /** The answer could not be understood. */
  MALFORMED,
  /** Anything else. */
  UNKNOWN
}
