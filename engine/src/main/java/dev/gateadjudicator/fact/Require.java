package dev.gateadjudicator.fact;

import java.util.List;

/** Argument checks shared by the fact records' compact constructors. */
final class Require {
  private Require() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("`" + field + "` must be a non-empty string");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("`" + field + "` is required");
    }
    return value;
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException("`" + field + "` must not be negative, was " + value);
    }
    return value;
  }

  static double nonNegative(double value, String field) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("`" + field + "` must be a finite non-negative number, was " + value);
    }
    return value;
  }

  static List<String> sortedCopy(List<String> values, String field) {
    present(values, field);
    for (String v : values) {
      text(v, field + "[]");
    }
    return values.stream().sorted().toList();
  }
}
