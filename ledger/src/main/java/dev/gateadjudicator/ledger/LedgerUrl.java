package dev.gateadjudicator.ledger;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A ledger's JDBC URL: {@code jdbc:sqlite:FILE} (the embedded default) or {@code jdbc:postgresql://host/db}.
 * {@link #redacted()} is the only form that may be printed: it drops passwords in a query string
 * ({@code password=...}) and in user information ({@code user:secret@host}).
 *
 * @param url the URL as given
 */
public record LedgerUrl(String url) {
  private static final Pattern QUERY_SECRET =
      Pattern.compile("(?i)([?&;](?:password|sslpassword|sslkey|pass|pwd)=)[^&;]*");
  private static final Pattern USERINFO_SECRET = Pattern.compile("(//[^/:@?]*):[^@/?]*@");

  /** Checks the scheme. */
  public LedgerUrl {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the ledger URL is empty");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:sqlite:") && !lower.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("ledger `" + redact(url)
          + "` is neither `jdbc:sqlite:FILE` nor `jdbc:postgresql://HOST/DB`");
    }
  }

  /**
   * Whether this is an embedded SQLite ledger.
   *
   * @return true for {@code jdbc:sqlite:}
   */
  public boolean sqlite() {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:");
  }

  /**
   * The URL with every password replaced by {@code ***}: safe for messages and logs.
   *
   * @return the redacted URL
   */
  public String redacted() {
    return redact(url);
  }

  /**
   * Redacts passwords in any JDBC URL.
   *
   * @param url a URL
   * @return it without passwords
   */
  public static String redact(String url) {
    String s = QUERY_SECRET.matcher(url).replaceAll("$1***");
    return USERINFO_SECRET.matcher(s).replaceAll("$1:***@");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
