package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the test side knows about each fact kind, read from {@code schemas/facts/<kind>.schema.json}: its subject
 * fields ({@code x-subject}, the same data the engine reads) and each field's schema, so that the generator and the
 * references never keep a second list.
 */
final class FactKindData {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, JsonNode> SCHEMAS = load();

  private FactKindData() {}

  /** @return every fact kind, sorted */
  static List<String> kinds() {
    return List.copyOf(SCHEMAS.keySet());
  }

  /** @return the subject fields of a kind */
  static List<String> subject(String kind) {
    List<String> out = new ArrayList<>();
    SCHEMAS.get(kind).get("x-subject").forEach(n -> out.add(n.asText()));
    return out;
  }

  /** @return the fields a kind's schema lists, in its order */
  static List<String> fields(String kind) {
    List<String> out = new ArrayList<>();
    JsonNode props = SCHEMAS.get(kind).get("properties");
    if (props != null) {
      props.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  /** @return the schema of one field of a kind, or {@code null} */
  static JsonNode field(String kind, String field) {
    JsonNode props = SCHEMAS.get(kind).get("properties");
    return props == null ? null : props.get(field);
  }

  /** The subject key of a fact: its kind and the values of its subject fields. */
  static String subjectKey(JsonNode fact) {
    String kind = fact.path("kind").asText();
    StringBuilder sb = new StringBuilder(kind);
    for (String f : subject(kind)) {
      sb.append('|').append(f).append('=').append(fact.has(f) ? fact.get(f).toString() : "null");
    }
    return sb.toString();
  }

  private static Map<String, JsonNode> load() {
    Map<String, JsonNode> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("schemas/facts"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
        JsonNode s = MAPPER.readTree(p.toFile());
        out.put(s.get("title").asText(), s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
