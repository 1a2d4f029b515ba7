package dev.gateadjudicator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Resolves a fact-set patch file ({@code NAME.patch.json}): {@code {"base": "other.factset.json", "patch": {...}}},
 * the base relative to the patch file (itself a fact set or a patch). The patch is a JSON Merge Patch (RFC 7396) of
 * the base, except that a {@code facts} object (rather than an array) merges by fact {@code id}: each member patches
 * the base fact with that id ({@code null} removes it) or, when the base has none, adds a fact with that id; base
 * facts without an id are kept as they are. A {@code facts} array replaces the base's facts wholesale, as RFC 7396
 * says.
 */
public final class FactSetPatches {
  /** Suffix of a fact-set patch. */
  public static final String PATCH = ".patch.json";
  /** Schema of a patch file, below {@code schemas/}. */
  static final String PATCH_SCHEMA = "factset_patch.schema.json";
  private static final int MAX_DEPTH = 16;

  private FactSetPatches() {}

  /**
   * The JSON of a fact-set file, a patch resolved against its base.
   *
   * @param file a fact set or a patch
   * @return UTF-8 JSON: the file's bytes for a fact set, the patched base for a patch
   * @throws IOException when a file cannot be read
   * @throws InvalidFactSetException when a patch is malformed or names a base that does not exist
   */
  public static byte[] resolve(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(PATCH)) {
      return Files.readAllBytes(file);
    }
    return Json.pretty(tree(file, 0));
  }

  private static JsonNode tree(Path file, int depth) throws IOException {
    if (!file.getFileName().toString().endsWith(PATCH)) {
      try {
        return Json.MAPPER.readTree(Files.readAllBytes(file));
      } catch (JsonProcessingException e) {
        throw new InvalidFactSetException("/", "`" + file.getFileName() + "` is not valid json: "
            + e.getOriginalMessage());
      }
    }
    if (depth > MAX_DEPTH) {
      throw new InvalidFactSetException("/base", "`" + file.getFileName() + "`: patches nest deeper than "
          + MAX_DEPTH + " (a cycle?)");
    }
    JsonNode p;
    try {
      p = Json.MAPPER.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new InvalidFactSetException("/", "`" + file.getFileName() + "` is not valid json: "
          + e.getOriginalMessage());
    }
    List<Schemas.Violation> v = Schemas.validate(PATCH_SCHEMA, p);
    if (!v.isEmpty()) {
      throw new InvalidFactSetException(v.get(0).path(), "`" + file.getFileName() + "`: " + v.get(0).message());
    }
    Path base = file.resolveSibling(p.get("base").asText()).normalize();
    if (!Files.isRegularFile(base)) {
      throw new InvalidFactSetException("/base", "`" + file.getFileName() + "` patches `" + p.get("base").asText()
          + "`, which does not exist");
    }
    return apply(tree(base, depth + 1), p.get("patch"));
  }

  /**
   * Applies a fact-set patch: RFC 7396 for the envelope, and a merge by fact id when {@code facts} is an object.
   *
   * @param base the base fact set
   * @param patch the patch
   * @return the patched fact set
   */
  static JsonNode apply(JsonNode base, JsonNode patch) {
    JsonNode factsPatch = patch.get("facts");
    if (factsPatch == null || !factsPatch.isObject()) {
      return MergePatch.apply(base, patch);
    }
    ObjectNode envelope = patch.deepCopy();
    envelope.remove("facts");
    JsonNode out = MergePatch.apply(base, envelope);
    ObjectNode keyed = Json.MAPPER.createObjectNode();
    List<JsonNode> order = new ArrayList<>();
    for (JsonNode f : base.path("facts")) {
      if (f.hasNonNull("id")) {
        keyed.set(f.get("id").asText(), f);
      }
      order.add(f);
    }
    JsonNode merged = MergePatch.apply(keyed, factsPatch);
    ArrayNode facts = Json.MAPPER.createArrayNode();
    for (JsonNode f : order) {
      if (!f.hasNonNull("id")) {
        facts.add(f);
      } else if (merged.has(f.get("id").asText())) {
        facts.add(merged.get(f.get("id").asText()));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = merged.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!keyed.has(e.getKey())) {
        ObjectNode added = Json.MAPPER.createObjectNode();
        added.put("kind", e.getValue().path("kind").asText(null));
        added.put("id", e.getKey());
        e.getValue().fields().forEachRemaining(m -> {
          if (!m.getKey().equals("id") && !m.getKey().equals("kind")) {
            added.set(m.getKey(), m.getValue());
          }
        });
        facts.add(added);
      }
    }
    ((ObjectNode) out).set("facts", facts);
    return out;
  }
}
