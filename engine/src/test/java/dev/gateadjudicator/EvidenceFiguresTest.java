package dev.gateadjudicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.FindingEntry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots carry the figures their checks decided on, and findings state the values compared (issue 9, 10-11). */
class EvidenceFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode figure(Adjudication a, String artifact, String name) throws Exception {
    for (JsonNode f : JSON.readTree(a.artifact(artifact)).path("figures")) {
      if (f.path("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no figure `" + name + "` in " + artifact);
  }

  @Test
  void streamingSnapshots_carryFiguresWithThresholds() throws Exception {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(TestFixtures.factSet("edge/m6f_pass_strict"));
    JsonNode lag = figure(a, "m6f_streaming_lag_posture.json", "measured_lag");
    assertEquals(4, lag.path("value").asInt());
    assertEquals(30, lag.path("threshold").asInt());
    assertTrue(lag.path("within_threshold").asBoolean());
    assertEquals(1, figure(a, "m6f_streaming_active_snapshot.json", "wsp_active_count").path("value").asInt());
    assertEquals("RUNNING", figure(a, "m6f_streaming_active_snapshot.json", "sr_ready_state").path("value").asText());
    assertEquals(12, figure(a, "m6f_streaming_active_snapshot.json", "ig_idempotency_count").path("value").asInt());
    JsonNode latency = figure(a, "m6f_evidence_overhead_snapshot.json", "latency_p95_ms");
    assertEquals(12.5, latency.path("value").asDouble());
    assertEquals(50, latency.path("threshold").asInt());
  }

  @Test
  void admissionsOutsideRunWindow_figureCountsNone() throws Exception {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(TestFixtures.factSet("edge/m6f_admissions_before_run_start"));
    JsonNode count = figure(a, "m6f_streaming_active_snapshot.json", "ig_idempotency_count");
    assertEquals(0, count.path("value").asInt());
    assertTrue(!count.path("within_threshold").asBoolean());
  }

  @Test
  void editedAdmissionThreshold_messageStatesCountAndThreshold(@TempDir Path tmp) {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("edited"));
    TestFixtures.edit(p.resolve("p6/counters.drl"), "$min : Long() from 1L", "$min : Long() from 100L");
    Adjudication a = GateEngine.fromPolicyDirectory(p).adjudicate(TestFixtures.factSet("edge/m6f_pass_strict"));
    String detail = a.register().blockers().stream().filter(b -> b.code().equals("M6P6-B3")).findFirst()
        .orElseThrow().findings().get(0).detail();
    assertTrue(detail.contains("is 12") && detail.contains(">= 100"), detail);
  }

  @Test
  void contradiction_findingNamesBothFacts() {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(TestFixtures.factSet("edge/m6f_nodegroup_contradiction"));
    String detail = a.register().blockers().stream().filter(b -> b.code().equals("M6P6-B2")).flatMap(b -> b.findings().stream())
        .map(FindingEntry::detail).filter(d -> d.contains("disagree")).findFirst().orElseThrow();
    assertTrue(detail.contains("`m6f-workers`") && detail.contains("`m6f-workers-again`")
        && detail.contains("status ACTIVE vs CREATE_FAILED"), detail);
  }

  @Test
  void nodegroupHealthIssue_findingNamesTheIssue() {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(TestFixtures.factSet("edge/m6f_nodegroup_health_issue"));
    assertTrue(a.register().blockers().stream().flatMap(b -> b.findings().stream())
        .anyMatch(f -> f.detail().contains("NodeCreationFailure")));
  }
}
