package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.fact.LagPosture;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code lag_posture.lag_metric} names the lag metric; fact sets written before it existed carried the metric in
 * {@code source} and keep loading and judging as they did, byte for byte.
 */
class LagMetricTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PASSING = "edge/m6f_pass_strict";
  private static final String METRIC = "ig_admission_freshness_seconds";

  private static ObjectNode passing() throws IOException {
    return (ObjectNode) MAPPER.readTree(TestFixtures.bytes(TestFixtures.p6(PASSING)));
  }

  private static ObjectNode lag(ObjectNode factSet) {
    for (JsonNode f : factSet.get("facts")) {
      if (f.path("kind").asText().equals("lag_posture")) {
        return (ObjectNode) f;
      }
    }
    throw new AssertionError("no lag_posture in " + PASSING);
  }

  private static FactSet withLag(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode fs = passing();
    edit.accept(lag(fs));
    return FactSets.parse(MAPPER.writeValueAsBytes(fs));
  }

  private static List<String> codes(FactSet fs) {
    return ENGINE.adjudicate(fs).register().codes();
  }

  @Test
  void lagMetric_beforeTheRenameSourceIsReadAsTheMetric() throws IOException {
    FactSet v1 = FactSets.parse(TestFixtures.bytes(TestFixtures.p6(PASSING)));
    LagPosture lag = v1.facts().stream().filter(LagPosture.class::isInstance).map(LagPosture.class::cast)
        .findFirst().orElseThrow();
    assertThat(lag.lagMetric()).isNull();
    assertThat(lag.metric()).isEqualTo(METRIC);
    assertThat(ENGINE.adjudicate(v1).outcome()).isEqualTo(Verdict.ADVANCE);
  }

  @Test
  void lagMetric_v1FactSetKeepsItsWireFormAndDigest() throws IOException {
    FactSet v1 = FactSets.parse(TestFixtures.bytes(TestFixtures.p6(PASSING)));
    String json = new String(FactSets.toJson(v1), StandardCharsets.UTF_8);
    assertThat(json).contains("\"source\" : \"" + METRIC + "\"").doesNotContain("lag_metric");
    FactSet renamed = withLag(l -> l.put("lag_metric", METRIC).put("source", "cloudwatch:GetMetricData"));
    assertThat(ENGINE.adjudicate(renamed).factSetDigest()).isNotEqualTo(ENGINE.adjudicate(v1).factSetDigest());
  }

  @Test
  void lagMetric_renamedFieldJudgesLikeTheV1Field() throws IOException {
    FactSet renamed = withLag(l -> l.put("lag_metric", METRIC).put("source", "cloudwatch:GetMetricData"));
    assertThat(ENGINE.adjudicate(renamed).outcome()).isEqualTo(Verdict.ADVANCE);
    assertThat(new String(FactSets.toJson(renamed), StandardCharsets.UTF_8)).contains("\"lag_metric\" : \"" + METRIC + "\"");
  }

  @Test
  void lagMetric_winsOverSource() throws IOException {
    FactSet other = withLag(l -> l.put("lag_metric", "legacy_proxy_checkpoint_age").put("source", METRIC));
    assertThat(codes(other)).containsExactly("M6P6-B4");
    assertThat(ENGINE.adjudicate(other).register().blockers().get(0).findings().get(0).detail())
        .isEqualTo("lag source `legacy_proxy_checkpoint_age` is not `" + METRIC + "`");
  }

  @Test
  void lagMetric_absentEverywhereHolds() throws IOException {
    assertThat(codes(withLag(l -> l.remove("source")))).containsExactly("M6P6-B4");
  }

  @Test
  void lagMetric_twoFactsNamingDifferentMetricsContradict() throws IOException {
    ObjectNode fs = passing();
    ObjectNode lag = lag(fs).put("lag_metric", METRIC);
    lag.remove("source");
    ((ArrayNode) fs.get("facts")).add(lag.deepCopy().put("id", "lag-2").put("lag_metric", "other_metric"));
    Adjudication a = ENGINE.adjudicate(FactSets.parse(MAPPER.writeValueAsBytes(fs)));
    assertThat(a.outcome()).isNotEqualTo(Verdict.ADVANCE);
    assertThat(a.register().blockers()).flatExtracting(Blocker::findings).extracting(FindingEntry::detail)
        .anyMatch(d -> d.contains("lag_metric " + METRIC + " vs other_metric"));
  }

  @Test
  void lagMetric_emptyIsInvalidInputNamingItsPath() throws IOException {
    assertThatThrownBy(() -> withLag(l -> l.put("lag_metric", "")))
        .isInstanceOfSatisfying(InvalidFactSetException.class,
            e -> assertThat(e.path()).matches("/facts/\\d+/lag_metric"));
  }
}
