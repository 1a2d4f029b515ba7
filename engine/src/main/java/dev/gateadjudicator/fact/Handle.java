package dev.gateadjudicator.fact;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One handle pin from a fact set's {@code handles} map, as the rules see it.
 *
 * <p>The string {@code TO_PIN} means declared but unpinned; an absent handle has no {@code Handle} at all.
 *
 * @param name handle name, for example {@code RTDL_CAUGHT_UP_LAG_MAX}
 * @param value the pinned scalar: a {@link String}, {@link Boolean} or {@link BigDecimal}
 */
public record Handle(String name, Object value) {
  /** The marker of a declared but unpinned handle. */
  public static final String TO_PIN = "TO_PIN";

  /** Validates the fields and normalises numbers to {@link BigDecimal}. */
  public Handle {
    Require.text(name, "name");
    Require.present(value, "handles." + name);
    if (value instanceof Number n && !(n instanceof BigDecimal)) {
      value = new BigDecimal(n.toString());
    }
    if (!(value instanceof String || value instanceof Boolean || value instanceof BigDecimal)) {
      throw new IllegalArgumentException("handle `" + name + "` must be a string, number or boolean");
    }
  }

  /**
   * The value as text: strings as they are, numbers in plain notation, booleans as {@code true}/{@code false}.
   *
   * @return the text
   */
  public String text() {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /**
   * Whether the handle is pinned: present, not {@code TO_PIN} and not blank.
   *
   * @return true when pinned
   */
  public boolean pinned() {
    if (!(value instanceof String s)) {
      return true;   // a number's or a boolean's text is never blank nor TO_PIN: no text built to say so
    }
    String t = s.trim();
    return !t.isEmpty() && !TO_PIN.equals(t);
  }

  /**
   * Whether the pinned value has the given shape. An unpinned handle satisfies nothing.
   *
   * @param format the required shape
   * @return true when it fits
   */
  public boolean satisfies(HandleFormat format) {
    if (!pinned()) {
      return false;
    }
    return switch (format) {
      case TEXT -> true;
      case POSITIVE_INTEGER -> integer() != null && integer().signum() > 0;
      case NON_NEGATIVE_INTEGER -> integer() != null && integer().signum() >= 0;
      case NON_NEGATIVE_NUMBER -> number() != null && number().signum() >= 0;
      case BOOLEAN -> value instanceof Boolean
          || "true".equals(text().trim()) || "false".equals(text().trim());
      case LIST -> !items().isEmpty() && items().stream().noneMatch(String::isEmpty);
    };
  }

  /**
   * The value as a number, when it is one (a JSON number or a numeric string).
   *
   * @return the number, or {@code null}
   */
  public BigDecimal number() {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof String s) {
      String t = s.trim();
      if (!numeral(t)) {
        return null;   // what BigDecimal would refuse, without the cost of building its exception
      }
      try {
        return new BigDecimal(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a text could be a number: not empty, and only digits, signs, points and exponent marks, the only
   * characters {@link BigDecimal#BigDecimal(String)} reads. The rules ask most text handles whether they are
   * numbers, so refusing here spares an exception per question.
   */
  private static boolean numeral(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isDigit(c) || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  private BigDecimal integer() {
    BigDecimal n = number();
    if (n == null) {
      return null;
    }
    try {
      return new BigDecimal(n.toBigIntegerExact());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Whether a measured figure is within this handle's limit ({@code figure <= limit}).
   * A handle that is not a non-negative number bounds nothing.
   *
   * @param figure the measured figure
   * @return true when within the limit
   */
  public boolean bounds(double figure) {
    BigDecimal limit = number();
    return satisfies(HandleFormat.NON_NEGATIVE_NUMBER) && limit != null
        && BigDecimal.valueOf(figure).compareTo(limit) <= 0;
  }

  /**
   * The comma-separated items of the value, trimmed.
   *
   * @return the items
   */
  public List<String> items() {
    return Arrays.stream(text().split(",", -1)).map(String::trim).toList();
  }

  /**
   * Whether the comma-separated value lists the item.
   *
   * @param item the item
   * @return true when listed
   */
  public boolean lists(String item) {
    return items().contains(item);
  }
}
