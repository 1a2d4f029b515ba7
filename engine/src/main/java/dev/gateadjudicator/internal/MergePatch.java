package dev.gateadjudicator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON Merge Patch (RFC 7396), by Jakarta JSON-P (Eclipse Parsson): an object patch merges member by member, a
 * {@code null} member removes, and anything else (arrays included) replaces wholesale.
 */
public final class MergePatch {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private MergePatch() {}

  /**
   * Applies a merge patch.
   *
   * @param target the document patched
   * @param patch the merge patch
   * @return the patched document (the inputs are left as they are)
   */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    JsonValue result = PROVIDER.createMergePatch(toJakarta(patch)).apply(toJakarta(target));
    try {
      return Json.MAPPER.readTree(result.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("merge patch produced unreadable json: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonValue toJakarta(JsonNode node) {
    try (var reader = PROVIDER.createReader(new StringReader(Json.MAPPER.writeValueAsString(node)))) {
      return reader.readValue();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
