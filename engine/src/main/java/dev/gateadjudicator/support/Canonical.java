package dev.gateadjudicator.support;

import dev.gateadjudicator.internal.Digests;
import dev.gateadjudicator.internal.Schemas;
import dev.gateadjudicator.internal.Secrets;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * What a writer or reader of evidence outside the engine (a publisher, a receipt, fixture replay) needs from it, so
 * that it uses the engine's one JSON configuration, its schemas, its digests and its credential rules rather than its
 * own.
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
   * Reads a JSON document as the engine reads its own files: strictly (no duplicate keys, unknown properties or
   * trailing tokens), checked against one of the bundled schemas, and bound to a type with snake_case names. The
   * type's package must be open to Jackson.
   *
   * @param json the document, UTF-8
   * @param schemaFile a schema's file name below {@code schemas/}, for example
   *     {@code fixture_expectation.schema.json}
   * @param type the record it binds to
   * @param <T> the type
   * @return the bound value
   * @throws IOException when it is not valid JSON or does not bind to the type
   * @throws IllegalArgumentException when it breaks the schema; the message is {@code at `PATH`: WHAT}
   */
  public static <T> T read(byte[] json, String schemaFile, Class<T> type) throws IOException {
    var tree = Json.MAPPER.readTree(json);
    List<Schemas.Violation> v = Schemas.validate(schemaFile, tree);
    if (!v.isEmpty()) {
      throw new IllegalArgumentException("at `" + v.get(0).path() + "`: " + v.get(0).message());
    }
    return Json.MAPPER.treeToValue(tree, type);
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

  /**
   * The bundled credential rule a text matches, for a message that says which rule withheld a value.
   *
   * @param text any text
   * @return the matching rule's id, or empty when none matches
   */
  public static Optional<String> credentialRule(String text) {
    return Secrets.find(text);
  }
}
