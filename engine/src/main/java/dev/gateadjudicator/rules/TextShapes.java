package dev.gateadjudicator.rules;

/**
 * Shape checks that rules apply to user text, written as single left-to-right passes: no regular expression, so
 * no backtracking and no recursion, whatever the length of the text. A rule calls them in a constraint, for
 * example {@code !(TextShapes.receiptKeyPattern(text()))}.
 */
public final class TextShapes {
  private TextShapes() {}

  /**
   * A relative {@code .json} object-key pattern: segments separated by {@code /}, none empty, each made of
   * {@code a-z 0-9 _ . -} and {@code {name}} placeholders ({@code name} in {@code a-z _}), the last one a
   * non-empty name followed by {@code .json}. For example {@code evidence/{platform_run_id}/sr/ready.json}.
   *
   * @param text the text, may be {@code null}
   * @return whether it has that shape
   */
  public static boolean receiptKeyPattern(String text) {
    if (text == null || !text.endsWith(".json")) {
      return false;
    }
    int segmentStart = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/') {
        if (i == segmentStart) {
          return false;
        }
        segmentStart = i + 1;
        i++;
      } else if (c == '{') {
        int j = i + 1;
        while (j < n && (isLower(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        if (j == i + 1 || j >= n || text.charAt(j) != '}') {
          return false;
        }
        i = j + 1;
      } else if (isLower(c) || isDigit(c) || c == '_' || c == '.' || c == '-') {
        i++;
      } else {
        return false;
      }
    }
    return n - segmentStart > ".json".length();
  }

  /**
   * An S3 URI of a prefix: {@code s3://}, a bucket of {@code a-z 0-9 . -} (at least two characters, the first a
   * letter or digit), {@code /}, then at least one more character and a closing {@code /}, with no line break.
   *
   * @param text the text, may be {@code null}
   * @return whether it has that shape
   */
  public static boolean s3PrefixUri(String text) {
    if (text == null || !text.startsWith("s3://")) {
      return false;
    }
    int i = "s3://".length();
    int n = text.length();
    int bucketStart = i;
    while (i < n && (isLower(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '.'
        || text.charAt(i) == '-')) {
      i++;
    }
    if (i - bucketStart < 2 || !(isLower(text.charAt(bucketStart)) || isDigit(text.charAt(bucketStart)))
        || i >= n || text.charAt(i) != '/') {
      return false;
    }
    String rest = text.substring(i + 1);
    return rest.length() >= 2 && rest.endsWith("/") && rest.chars().noneMatch(TextShapes::isLineBreak);
  }

  /**
   * A versioned bus topic name: {@code fp.bus.}, words of {@code a-z 0-9} joined by single {@code .}, {@code _}
   * or {@code -}, then {@code .v1}. For example {@code fp.bus.traffic.fraud.v1}.
   *
   * @param text the text, may be {@code null}
   * @return whether it has that shape
   */
  public static boolean busTopicV1(String text) {
    if (text == null || !text.startsWith("fp.bus.") || !text.endsWith(".v1")) {
      return false;
    }
    int end = text.length() - ".v1".length();
    int start = "fp.bus.".length();
    if (end <= start) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isLower(c) || isDigit(c)) {
        afterSeparator = false;
      } else if ((c == '.' || c == '_' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
