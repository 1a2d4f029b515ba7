package dev.gateadjudicator.fact;

/** The shapes a pinned handle value can be required to have. */
public enum HandleFormat {
  /** Any non-empty value. */
  TEXT,
  /** An integer greater than zero. */
  POSITIVE_INTEGER,
  /** An integer of zero or more. */
  NON_NEGATIVE_INTEGER,
  /** A number of zero or more. */
  NON_NEGATIVE_NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A comma-separated list of non-empty items. */
  LIST
}
