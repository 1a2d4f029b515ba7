package dev.gateadjudicator.collect;

import java.util.Optional;

/**
 * The one seam through which collectors ask the project's credential detector whether a text holds a credential:
 * the same detector that refuses a fact set holding one. Only the kind of credential comes back, never the value.
 */
final class CredentialDetector {
  private CredentialDetector() {}

  /**
   * The kind of credential a text looks like.
   *
   * @param text any text
   * @return the kind, for example {@code aws access key id}, or empty
   */
  public static Optional<String> find(String text) {
    return dev.gateadjudicator.support.Canonical.credentialRule(text);
  }
}
