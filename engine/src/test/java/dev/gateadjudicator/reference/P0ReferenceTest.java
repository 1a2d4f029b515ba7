package dev.gateadjudicator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The P0 reference agrees with the engine, and with each fixture's expectation, on every P0 fixture that expects
 * a verdict (not a refusal).
 */
class P0ReferenceTest {
  private static final Path FIXTURES = Path.of("..").toAbsolutePath().normalize().resolve("fixtures/p0");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final Reference REFERENCE = new P0Reference();

  @TestFactory
  Stream<DynamicTest> everyJudgedP0Fixture_referenceAgreesWithEngineAndExpectation() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path expected : judgedFixtures()) {
      String name = FIXTURES.relativize(expected).toString().replace(".expected.json", "");
      tests.add(DynamicTest.dynamicTest(name, () -> {
        JsonNode expect = JSON.readTree(expected.toFile()).path("expect");
        byte[] raw = factSetOf(expected);
        Adjudication engine = ENGINE.adjudicate(FactSets.parse(raw));
        Judgement ref = REFERENCE.judge(JSON.readTree(raw));

        TreeSet<String> engineCodes = new TreeSet<>(engine.register().blockers().stream().map(Blocker::code).toList());
        assertThat(ref.codes()).as("reference codes vs engine codes").isEqualTo(engineCodes);
        assertThat(ref.outcome()).as("reference outcome vs engine outcome").isEqualTo(engine.outcome().name());
        if (expect.has("blocker_codes")) {
          TreeSet<String> expectedCodes = new TreeSet<>();
          expect.path("blocker_codes").forEach(c -> expectedCodes.add(c.asText()));
          assertThat(ref.codes()).as("reference codes vs the fixture's expectation").isEqualTo(expectedCodes);
        }
        assertThat(exitCode(ref.outcome())).as("reference exit code").isEqualTo(expect.path("exit_code").asInt());
      }));
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests.stream();
  }

  /** Every passing P0 fixture with one fact or one handle removed: the reference and the engine still agree. */
  @TestFactory
  Stream<DynamicTest> passingFixtureWithOnePieceRemoved_referenceAgreesWithEngine() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path expected : judgedFixtures()) {
      if (JSON.readTree(expected.toFile()).path("expect").path("exit_code").asInt() != 0) {
        continue;
      }
      String name = FIXTURES.relativize(expected).toString().replace(".expected.json", "");
      tests.add(DynamicTest.dynamicTest(name, () -> {
        JsonNode base = JSON.readTree(factSetOf(expected));
        java.util.Map<String, com.fasterxml.jackson.databind.node.ObjectNode> variants = new java.util.LinkedHashMap<>();
        for (int i = 0; i < base.path("facts").size(); i++) {
          com.fasterxml.jackson.databind.node.ObjectNode v = (com.fasterxml.jackson.databind.node.ObjectNode) base.deepCopy();
          ((com.fasterxml.jackson.databind.node.ArrayNode) v.get("facts")).remove(i);
          variants.put("without /facts/" + i + " (" + base.path("facts").get(i).path("kind").asText() + ")", v);
        }
        base.path("handles").fieldNames().forEachRemaining(h -> {
          com.fasterxml.jackson.databind.node.ObjectNode v = (com.fasterxml.jackson.databind.node.ObjectNode) base.deepCopy();
          ((com.fasterxml.jackson.databind.node.ObjectNode) v.get("handles")).remove(h);
          variants.put("without handle " + h, v);
        });
        List<String> disagreements = new ArrayList<>();
        variants.forEach((what, v) -> {
          Adjudication engine;
          try {
            engine = ENGINE.adjudicate(FactSets.parse(JSON.writeValueAsBytes(v)));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          Judgement ref = REFERENCE.judge(v);
          TreeSet<String> engineCodes = new TreeSet<>(engine.register().blockers().stream().map(Blocker::code).toList());
          if (!ref.outcome().equals(engine.outcome().name()) || !ref.codes().equals(engineCodes)) {
            disagreements.add(what + ": engine " + engine.outcome() + " " + engineCodes + ", reference "
                + ref.outcome() + " " + ref.codes());
          }
        });
        assertThat(disagreements).isEmpty();
      }));
    }
    assertThat(tests).hasSizeGreaterThan(10);
    return tests.stream();
  }

  @Test
  void emptyOrOddInput_isJudgedNeverThrown() throws IOException {
    for (String json : List.of("{}", "{\"lane\":\"M2.J\"}", "{\"lane\":\"M2.Z\",\"facts\":[1,null,{}]}",
        "{\"lane\":\"M2.B\",\"handles\":{\"TF_STATE_BUCKET\":null},\"facts\":[{\"kind\":\"lane_result\"}]}")) {
      Judgement j = REFERENCE.judge(JSON.readTree(json));
      assertThat(j.outcome()).isNotEqualTo(P0Reference.ADVANCE);
    }
  }

  private static int exitCode(String outcome) {
    return switch (outcome) {
      case P0Reference.ADVANCE -> 0;
      case P0Reference.HOLD -> 1;
      default -> 2;
    };
  }

  /** The JSON of a fixture's fact set, or of its fact-set patch resolved against its base. */
  private static byte[] factSetOf(Path expected) throws IOException {
    Path patch = Path.of(expected.toString().replace(".expected.json", FactSets.PATCH_SUFFIX));
    return FactSets.resolve(Files.exists(patch) ? patch
        : Path.of(expected.toString().replace(".expected.json", FactSets.FACT_SET_SUFFIX)));
  }

  private static List<Path> judgedFixtures() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".expected.json")).sorted().filter(p -> {
        try {
          return JSON.readTree(p.toFile()).path("expect").path("exit_code").asInt() <= 2;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
