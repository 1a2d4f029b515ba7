package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's JSON Schemas (draft 2020-12, from the packaged {@code schemas/} folder), validated with
 * networknt. Schema {@code $id}s start with {@link #ID_PREFIX}, which maps to the classpath, so {@code $ref}s
 * between files resolve offline. Format assertions ({@code date-time}) are on.
 *
 * <p>The fact-set schema's {@code facts} items are derived when it is loaded ({@link #factItems()}): {@code kind}
 * must name a fact record, and each kind is checked against its own {@code facts/<kind>.schema.json}. The file
 * keeps a complete copy for tools outside the engine; a test keeps it equal to the derived items, and the engine
 * never reads that copy.
 */
public final class Schemas {
  /** The {@code $id} prefix of every schema of the project. */
  public static final String ID_PREFIX = "https://gate-adjudicator.dev/schemas/";

  /** The fact-set schema, below {@code schemas/}: its {@code facts} items are derived from the fact kinds. */
  public static final String FACT_SET = "factset.schema.json";

  private static final String RESOURCES = "/gate-schemas/";

  /** The name the fact-set envelope schema ({@link #envelopeSchema()}) is registered under; no such file exists. */
  private static final String ENVELOPE = "factset.envelope.schema.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:gate-schemas/"))
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .pathType(PathType.JSON_POINTER)
              .formatAssertionsEnabled(true)
              .build()));

  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** One validation error: where and what. */
  public record Violation(String path, String message) {}

  /**
   * Validates a document against a schema of the project.
   *
   * @param schemaFile the schema's path below {@code schemas/}, for example {@code factset.schema.json}
   * @param document the document
   * @return the violations, sorted by path; empty when valid
   */
  public static List<Violation> validate(String schemaFile, JsonNode document) {
    if (FACT_SET.equals(schemaFile) && validFactSet(document)) {
      return List.of();
    }
    List<Error> errors = schema(schemaFile).validate(document);
    if (errors.isEmpty()) {
      return List.of();
    }
    return errors.stream()
        .map(e -> new Violation(e.getInstanceLocation().toString(), e.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }

  /** The compiled schema of a file below {@code schemas/}, built once. */
  static Schema schema(String schemaFile) {
    return CACHE.computeIfAbsent(schemaFile, f -> {
      SchemaLocation location = SchemaLocation.of(ID_PREFIX + f);
      Schema s = FACT_SET.equals(f) ? REGISTRY.getSchema(location, factSetSchema())
          : ENVELOPE.equals(f) ? REGISTRY.getSchema(location, envelopeSchema())
          : REGISTRY.getSchema(location);
      s.initializeValidators();
      return s;
    });
  }

  /**
   * Whether a fact set is valid, checked the quick way: the envelope (the fact-set schema whose {@code facts} items
   * only require a known {@code kind}), then each fact against its own kind's schema alone. Valid this way means
   * valid against {@link #factSetSchema()}: there, each item also passes every {@code if}/{@code then} of the derived
   * items, and for an object whose {@code kind} is {@code k} only the {@code if} of {@code k} holds, whose
   * {@code then} is the schema checked here. Evaluating the other kinds' {@code if}s builds an error for each (a
   * fact set of 7 facts builds about 190), which is most of what parsing costs. Any violation found this way is
   * not reported: the caller validates again against the full schema, so the errors it reports are exactly the
   * full schema's.
   */
  static boolean validFactSet(JsonNode document) {
    if (!schema(ENVELOPE).validate(document).isEmpty()) {
      return false;
    }
    for (JsonNode fact : document.path("facts")) {
      if (!schema("facts/" + fact.get("kind").textValue() + ".schema.json").validate(fact).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The fact-set schema with {@code facts} items that require a known {@code kind} and nothing more. */
  private static JsonNode envelopeSchema() {
    ObjectNode schema = (ObjectNode) factSetSchema();
    schema.put("$id", ID_PREFIX + ENVELOPE);
    ((ObjectNode) schema.get("properties").get("facts").get("items")).remove("allOf");
    return schema;
  }

  /**
   * The fact-set schema as the engine checks it: the file with its {@code facts} items derived.
   *
   * @return the schema
   */
  public static JsonNode factSetSchema() {
    ObjectNode schema = (ObjectNode) read(FACT_SET);
    ((ObjectNode) schema.get("properties").get("facts")).set("items", factItems());
    return schema;
  }

  /**
   * The schema of one fact, derived from the fact kinds ({@link Fact#kinds()}): an object whose {@code kind} is
   * one of them, then one {@code if}/{@code then} per kind that applies {@code facts/<kind>.schema.json}.
   *
   * @return the items schema of {@code facts}
   * @throws IllegalStateException when a fact kind has no schema file
   */
  public static ObjectNode factItems() {
    ObjectNode items = Json.MAPPER.createObjectNode().put("type", "object");
    ArrayNode kinds = items.putObject("properties").putObject("kind").putArray("enum");
    items.putArray("required").add("kind");
    ArrayNode dispatch = items.putArray("allOf");
    for (String kind : Fact.kinds().keySet()) {
      String file = "facts/" + kind + ".schema.json";
      if (Schemas.class.getResource(RESOURCES + file) == null) {
        throw new IllegalStateException("fact kind `" + kind + "` has no schema `" + file + "`");
      }
      kinds.add(kind);
      ObjectNode rule = dispatch.addObject();
      ObjectNode when = rule.putObject("if");
      when.putObject("properties").putObject("kind").put("const", kind);
      when.putArray("required").add("kind");
      rule.putObject("then").put("$ref", file);
    }
    return items;
  }

  private static JsonNode read(String file) {
    try (InputStream in = Schemas.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("no schema `" + file + "` on the class path");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
