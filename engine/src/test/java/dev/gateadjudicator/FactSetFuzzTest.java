package dev.gateadjudicator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@code FactSets.parse} and {@code adjudicate}: whatever the bytes, the only exception allowed is the
 * documented invalid-input one, {@link InvalidFactSetException} (exit 3). Any other exception or error (a policy
 * error from a rule, a crash, a stack overflow) is a finding.
 *
 * <p>In a normal build this runs in regression mode: the inputs below
 * {@code src/test/resources/dev/gateadjudicator/FactSetFuzzTestInputs/} and an empty input. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -pl engine -am test -Dtest=FactSetFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (each target fuzzes for its {@code maxDuration}).
 */
class FactSetFuzzTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final List<byte[]> SEEDS = List.of(
      TestFixtures.bytes(TestFixtures.p6("m6f_p6b_streaming_active_20260225T163455Z")),
      TestFixtures.bytes(TestFixtures.p6("edge/m6f_waiver_live")),
      TestFixtures.bytes(TestFixtures.p6("m6g_p6c_gate_rollup_20260225T155035Z")),
      TestFixtures.bytes(TestFixtures.FIXTURES.resolve("p0/edge/m2d_pass.factset.json")),
      TestFixtures.bytes(TestFixtures.FIXTURES.resolve("p0/m2a_20260222T204011Z.factset.json")));

  /** Raw bytes straight into the parser. */
  @FuzzTest(maxDuration = "2m")
  void rawBytes_areJudgedOrRefusedAsInvalidInput(byte[] data) {
    judgeOrRefuse(data);
  }

  /** A real fact set with fuzzed values, keys and deletions: reaches the rules far more often than raw bytes. */
  @FuzzTest(maxDuration = "2m")
  void mutatedFactSets_areJudgedOrRefusedAsInvalidInput(FuzzedDataProvider data) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(SEEDS.get(data.consumeInt(0, SEEDS.size() - 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int edits = data.consumeInt(1, 8);
    for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(tree, containers);
      JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
      mutate(target, data);
    }
    judgeOrRefuse(Json.pretty(tree));
  }

  private static void judgeOrRefuse(byte[] bytes) {
    FactSet fs;
    try {
      fs = FactSets.parse(bytes);
    } catch (InvalidFactSetException expected) {
      return;
    }
    try {
      ENGINE.adjudicate(fs);
    } catch (InvalidFactSetException expected) {
      // a phase or lane the policy lacks, a duplicate id: invalid input too
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static void mutate(JsonNode container, FuzzedDataProvider data) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode value = switch (data.consumeInt(0, 6)) {
      case 0 -> f.textNode(data.consumeString(64));
      case 1 -> f.numberNode(data.consumeLong());
      case 2 -> f.numberNode(data.consumeDouble());
      case 3 -> f.booleanNode(data.consumeBoolean());
      case 4 -> f.nullNode();
      case 5 -> f.objectNode();
      default -> null; // remove
    };
    if (container instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      boolean newKey = names.isEmpty() || data.consumeBoolean();
      String name = newKey ? data.consumeString(24) : names.get(data.consumeInt(0, names.size() - 1));
      if (value == null) {
        o.remove(name);
      } else {
        o.set(name, value);
      }
    } else if (container instanceof ArrayNode a) {
      if (value == null) {
        if (!a.isEmpty()) {
          a.remove(data.consumeInt(0, a.size() - 1));
        }
      } else if (a.isEmpty() || data.consumeBoolean()) {
        a.add(value);
      } else {
        a.set(data.consumeInt(0, a.size() - 1), value);
      }
    }
  }
}
