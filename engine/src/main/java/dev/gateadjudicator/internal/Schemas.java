package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's JSON Schemas (draft 2020-12, from the packaged {@code schemas/} folder), validated with
 * networknt. Schema {@code $id}s start with {@link #ID_PREFIX}, which maps to the classpath, so {@code $ref}s
 * between files resolve offline. Format assertions ({@code date-time}) are on.
 */
public final class Schemas {
  /** The {@code $id} prefix of every schema of the project. */
  public static final String ID_PREFIX = "https://gate-adjudicator.dev/schemas/";

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
    Schema schema = CACHE.computeIfAbsent(schemaFile, f -> {
      Schema s = REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + f));
      s.initializeValidators();
      return s;
    });
    List<Error> errors = schema.validate(document);
    return errors.stream()
        .map(e -> new Violation(e.getInstanceLocation().toString(), e.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }
}
