package dev.gateadjudicator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --facts FILE}: facts a CI step produced another way, merged into a collection. A file is either a whole
 * fact set (its facts join the collection of its own phase and lane only) or an object {@code {"facts": [...]}}
 * (its facts join every lane collected). Every file is schema-checked on its own, so an error names the file and
 * the JSON path in it (exit 3). Supplied facts keep their {@code source}. They add to the collection and never
 * replace or clear anything collected, a failed read included: a supplied fact that differs from a collected one
 * of the same subject stays beside it, and the policy judges the pair (a contradiction holds). A fact supplied
 * exactly as collected (same id) is kept once.
 */
final class SuppliedFacts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SuppliedFacts() {}

  /**
   * Merges the supplied files into a collected fact set.
   *
   * @param collected the collected, canonical fact set
   * @param files the {@code --facts} files, in order
   * @param phaseRun whether this is one lane of a whole-phase run (then a whole fact set for another lane is
   *     skipped rather than refused)
   * @return the merged, schema-checked, canonical fact set
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a file is not a fact set or facts object, breaks the schema, or is
   *     a whole fact set of another phase (or, outside a phase run, another lane)
   */
  static FactSet merge(FactSet collected, List<Path> files, boolean phaseRun) throws IOException {
    if (files == null || files.isEmpty()) {
      return collected;
    }
    ObjectNode merged = (ObjectNode) JSON.readTree(FactSets.toJson(collected));
    ArrayNode facts = (ArrayNode) merged.get("facts");
    Set<String> ids = new HashSet<>();
    facts.forEach(f -> ids.add(f.path("id").asText()));
    for (Path file : files) {
      for (JsonNode f : read(file, merged, collected, phaseRun)) {
        if (ids.add(f.path("id").asText())) {
          facts.add(f);
        }
      }
    }
    return FactSets.parse(JSON.writeValueAsBytes(merged));
  }

  private static ArrayNode read(Path file, ObjectNode header, FactSet collected, boolean phaseRun) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("`--facts " + file + "`: not JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject() || !root.path("facts").isArray()) {
      throw new IllegalArgumentException("`--facts " + file + "`: expected a fact set or an object with a `facts` array");
    }
    byte[] checked;
    if (root.has("phase")) {
      checked = root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else {
      ObjectNode wrapped = header.deepCopy();
      wrapped.set("facts", root.get("facts"));
      checked = JSON.writeValueAsBytes(wrapped);
    }
    FactSet supplied;
    try {
      supplied = FactSets.parse(checked);
    } catch (InvalidFactSetException e) {
      throw new IllegalArgumentException("`--facts " + file + "`: " + e.getMessage(), e);
    }
    if (root.has("phase")) {
      if (!supplied.phase().equals(collected.phase())) {
        throw new IllegalArgumentException("`--facts " + file + "`: a fact set of phase `" + supplied.phase()
            + "`, not `" + collected.phase() + "`");
      }
      if (!supplied.lane().equals(collected.lane())) {
        if (phaseRun) {
          return JSON.createArrayNode();
        }
        throw new IllegalArgumentException("`--facts " + file + "`: a fact set of lane `" + supplied.lane() + "`, not `"
            + collected.lane() + "`");
      }
    }
    return (ArrayNode) JSON.readTree(FactSets.toJson(supplied)).get("facts");
  }
}
