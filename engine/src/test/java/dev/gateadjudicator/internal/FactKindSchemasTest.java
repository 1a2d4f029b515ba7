package dev.gateadjudicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each fact kind is described once: a record that {@link Fact} permits (its kind in {@code @JsonTypeName}) and a
 * schema in {@code schemas/facts/}. Everything else is derived, so these tests fail when the two disagree.
 */
class FactKindSchemasTest {
  private static final Path FOLDER = Path.of("..", "schemas", "facts").toAbsolutePath().normalize();
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private static Map<String, JsonNode> schemaFiles() throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
        out.put(p.getFileName().toString().replace(".schema.json", ""), Json.MAPPER.readTree(p.toFile()));
      }
    }
    return out;
  }

  @Test
  void kinds_recordsAndSchemaFilesNameTheSameKinds() throws IOException {
    assertThat(Fact.kinds()).isNotEmpty();
    assertThat(schemaFiles().keySet())
        .as("every record needs schemas/facts/<kind>.schema.json and every schema a record")
        .containsExactlyElementsOf(Fact.kinds().keySet());
  }

  @Test
  void kinds_eachSchemaNamesItsKindAndDeclaresASubject() throws IOException {
    schemaFiles().forEach((kind, schema) -> {
      assertThat(schema.path("title").asText()).as(kind).isEqualTo(kind);
      assertThat(schema.path("$id").asText()).as(kind).isEqualTo(Schemas.ID_PREFIX + "facts/" + kind + ".schema.json");
      assertThat(schema.path("properties").path("kind").path("const").asText()).as(kind).isEqualTo(kind);
      assertThat(schema.path("x-subject").isArray()).as(kind + " x-subject").isTrue();
      assertThat(schema.path("additionalProperties").asBoolean(true)).as(kind + " additionalProperties").isFalse();
    });
  }

  @Test
  void kinds_recordComponentsAreExactlyTheSchemaProperties() throws IOException {
    Map<String, JsonNode> schemas = schemaFiles();
    Fact.kinds().forEach((kind, type) -> {
      TreeSet<String> fields = new TreeSet<>();
      fields.add("kind");
      Arrays.stream(type.getRecordComponents()).map(c -> SNAKE.translate(c.getName())).forEach(fields::add);
      TreeSet<String> properties = new TreeSet<>();
      schemas.get(kind).path("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as("schema properties of `" + kind + "`").containsExactlyElementsOf(fields);
      List<String> subject = new ArrayList<>();
      schemas.get(kind).path("x-subject").forEach(n -> subject.add(n.asText()));
      assertThat(fields).as("x-subject of `" + kind + "`").containsAll(subject);
    });
  }

  @Test
  void kinds_enumComponentsAllowExactlyTheSchemaEnum() throws IOException {
    Map<String, JsonNode> schemas = schemaFiles();
    int checked = 0;
    for (var kind : Fact.kinds().entrySet()) {
      for (RecordComponent c : kind.getValue().getRecordComponents()) {
        if (!c.getType().isEnum()) {
          continue;
        }
        TreeSet<String> wire = new TreeSet<>();
        for (Object constant : c.getType().getEnumConstants()) {
          wire.add(Json.MAPPER.convertValue(constant, String.class));
        }
        TreeSet<String> allowed = new TreeSet<>();
        schemas.get(kind.getKey()).path("properties").path(SNAKE.translate(c.getName())).path("enum")
            .forEach(n -> {
              if (!n.isNull()) {
                allowed.add(n.asText());
              }
            });
        assertThat(allowed).as("enum of `" + kind.getKey() + "." + SNAKE.translate(c.getName()) + "`")
            .containsExactlyElementsOf(wire);
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void factSetSchema_dispatchesEveryKindToItsSchema() {
    JsonNode items = Schemas.factSetSchema().path("properties").path("facts").path("items");
    List<String> listed = new ArrayList<>();
    items.path("properties").path("kind").path("enum").forEach(n -> listed.add(n.asText()));
    assertThat(listed).containsExactlyElementsOf(Fact.kinds().keySet());
    List<String> refs = new ArrayList<>();
    items.path("allOf").forEach(rule -> {
      String kind = rule.path("if").path("properties").path("kind").path("const").asText();
      assertThat(rule.path("then").path("$ref").asText()).isEqualTo("facts/" + kind + ".schema.json");
      refs.add(kind);
    });
    assertThat(refs).containsExactlyElementsOf(Fact.kinds().keySet());
  }

  @Test
  void factSetSchema_fileCarriesTheDerivedItems() throws IOException {
    // the engine derives the items when it loads the schema; the file keeps a complete copy for tools outside the
    // engine (editors, CI validators), and this test keeps that copy equal to what the engine derives
    JsonNode file = Json.MAPPER.readTree(FOLDER.resolveSibling(Schemas.FACT_SET).toFile());
    assertThat(file.path("properties").path("facts").path("items"))
        .as("schemas/factset.schema.json `facts.items` must equal the derived dispatch: copy it from "
            + "Schemas.factItems() after adding or removing a fact kind")
        .isEqualTo(Schemas.factItems());
  }

  @Test
  void factSetQuickCheck_agreesWithTheFullSchemaOnFixturesAndMutations() throws IOException {
    // the quick check (envelope, then each fact against its kind's schema alone) may only call valid what the full
    // schema calls valid; it decides alone only then, so disagreeing the other way would merely cost time
    List<Path> files;
    try (Stream<Path> all = Files.walk(FOLDER.getParent().resolveSibling("fixtures"))) {
      files = all.filter(f -> f.toString().endsWith(".factset.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    java.util.Random random = new java.util.Random(1919);
    List<String> kinds = new ArrayList<>(Fact.kinds().keySet());
    int valid = 0;
    int invalid = 0;
    for (Path f : files) {
      JsonNode doc;
      try {
        doc = Json.MAPPER.readTree(f.toFile());
      } catch (com.fasterxml.jackson.core.JsonProcessingException malformedOnPurpose) {
        continue;
      }
      List<JsonNode> cases = new ArrayList<>();
      cases.add(doc);
      int n = doc.path("facts").size();
      if (n > 0) {
        int i = random.nextInt(n);
        com.fasterxml.jackson.databind.node.ObjectNode other = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) other.get("facts").get(i))
            .put("kind", kinds.get(random.nextInt(kinds.size())));
        cases.add(other);
        com.fasterxml.jackson.databind.node.ObjectNode extra = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("facts").get(i)).put("zz_extra", 1);
        cases.add(extra);
        com.fasterxml.jackson.databind.node.ObjectNode wrongType = doc.deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode fact =
            (com.fasterxml.jackson.databind.node.ObjectNode) wrongType.get("facts").get(i);
        List<String> names = new ArrayList<>();
        fact.fieldNames().forEachRemaining(names::add);
        names.remove("kind");
        if (!names.isEmpty()) {
          fact.putArray(names.get(random.nextInt(names.size()))).add(true);
          cases.add(wrongType);
        }
        com.fasterxml.jackson.databind.node.ObjectNode notObject = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) notObject.get("facts")).set(i, Json.MAPPER.valueToTree(7));
        cases.add(notObject);
      }
      for (JsonNode c : cases) {
        boolean full = Schemas.schema(Schemas.FACT_SET).validate(c).isEmpty();
        assertThat(Schemas.validFactSet(c)).as(f + " " + c.path("facts")).isEqualTo(full);
        if (full) {
          valid++;
        } else {
          invalid++;
        }
      }
    }
    assertThat(valid).isGreaterThan(100);
    assertThat(invalid).isGreaterThan(100);
  }
}
