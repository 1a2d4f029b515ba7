package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.CheckResult;

/** Text shared by the reports: headline wording and escaping. */
final class ReportText {
  private ReportText() {}

  /**
   * The outcome as the reports headline it: the gate's verdict label, or the lane's pass/fail.
   *
   * @param a the adjudication
   * @return for example {@code ADVANCE_TO_P7}, {@code HOLD_REMEDIATE} or {@code PASS}
   */
  static String outcome(Adjudication a) {
    if (a.summary().verdict() != null) {
      return a.summary().verdict();
    }
    return a.summary().overallPass() ? "PASS" : a.outcome().name();
  }

  /**
   * The first 12 hex digits of a digest, for display.
   *
   * @param digest a SHA-256
   * @return the short form
   */
  static String shortDigest(String digest) {
    return digest == null ? "" : digest.substring(0, Math.min(12, digest.length()));
  }

  /**
   * The active codes of a check, for a table cell.
   *
   * @param c a check result
   * @return its codes joined by commas
   */
  static String codes(CheckResult c) {
    return String.join(", ", c.blockerCodes());
  }

  /**
   * Escapes text for HTML and XML content and attributes.
   *
   * @param s text, may be {@code null}
   * @return escaped text
   */
  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes text for a Markdown table cell or line: no HTML tags or entities, no pipes, no line breaks.
   *
   * @param s text, may be {@code null}
   * @return escaped text
   */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
        .replace("\r", " ").replace("\n", " ");
  }

  /**
   * Drops characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return);
   * the XML writer escapes the rest.
   *
   * @param s text, may be {@code null}
   * @return text safe for XML
   */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
