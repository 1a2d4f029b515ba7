package dev.gateadjudicator.output;

import dev.gateadjudicator.internal.Digests;
import dev.gateadjudicator.internal.Json;
import dev.gateadjudicator.internal.Secrets;
import java.security.MessageDigest;

/**
 * What a writer of evidence outside the engine (a publisher, a receipt) needs from it, so that it uses the
 * engine's one canonical JSON form, its digests and its credential rules rather than its own.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * SHA-256 of bytes.
   *
   * @param bytes any bytes
   * @return 64 lowercase hex digits
   */
  public static String sha256(byte[] bytes) {
    return Digests.sha256(bytes);
  }

  /**
   * A fresh SHA-256 digest, for a raw (binary) checksum.
   *
   * @return the digest
   */
  public static MessageDigest newSha256() {
    return Digests.newSha256();
  }

  /**
   * Canonical pretty JSON, as every artifact is written: sorted keys, two-space indent, LF, trailing newline.
   *
   * @param value a record, map or tree
   * @return UTF-8 bytes
   */
  public static byte[] prettyJson(Object value) {
    return Json.pretty(value);
  }

  /**
   * Whether a text looks like a credential under the bundled credential rules: what a writer checks before an
   * error message or a value leaves the process.
   *
   * @param text any text
   * @return true when a rule matches
   */
  public static boolean looksLikeCredential(String text) {
    return Secrets.find(text).isPresent();
  }
}
