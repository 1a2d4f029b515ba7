package dev.gateadjudicator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers. */
public final class Digests {
  private Digests() {}

  /**
   * SHA-256 of bytes, as lowercase hex.
   *
   * @param bytes input
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newSha256().digest(bytes));
  }

  /**
   * SHA-256 of a string's UTF-8 bytes, as lowercase hex.
   *
   * @param text input
   * @return 64 hex digits
   */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new SHA-256 digest.
   *
   * @return the digest
   */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("sha-256 is not available", e);
    }
  }
}
