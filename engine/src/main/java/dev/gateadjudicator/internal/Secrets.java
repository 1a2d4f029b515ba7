package dev.gateadjudicator.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises values that look like credentials, so that none ever lands in a fact, an artifact, a report or a
 * log. The patterns are deliberately broad: a false positive is an input error the collector can fix, a false
 * negative is a leaked secret. Matches are reported by kind only, never with the value.
 */
public final class Secrets {
  /**
   * One kind of credential and how to recognise it.
   *
   * @param kind what it is, lowercase, for messages
   * @param pattern how it looks
   */
  public record Kind(String kind, Pattern pattern) {}

  /** Every kind this class recognises. */
  public static final List<Kind> KINDS = List.of(
      new Kind("aws access key id", Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Z0-9])")),
      // 40 base64 characters with both cases and a digit or symbol: a secret access key, not a hex sha1.
      new Kind("aws secret access key", Pattern.compile(
          "(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])"
              + "[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")),
      new Kind("aws session token", Pattern.compile("(FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj|AgoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{20,}")),
      new Kind("private key", Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----")),
      new Kind("password in a url", Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:[^/\\s@]+@")),
      new Kind("credential assignment", Pattern.compile(
          "(?i)(aws_secret_access_key|aws_session_token|secret_access_key|session_token|password|passwd|api_key"
              + "|client_secret)\\s*[=:]\\s*['\"]?[^\\s'\"]{4,}")));

  private Secrets() {}

  /**
   * The first kind of credential the text looks like.
   *
   * @param text any text
   * @return the kind, for example {@code aws secret access key}, or empty
   */
  public static Optional<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (Kind k : KINDS) {
      if (k.pattern().matcher(text).find()) {
        return Optional.of(k.kind());
      }
    }
    return Optional.empty();
  }
}
