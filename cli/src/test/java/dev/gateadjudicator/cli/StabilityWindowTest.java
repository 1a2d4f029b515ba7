package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Stubs;
import dev.gateadjudicator.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --samples N --interval D}: the lane passes only when every sample passes; no timing is asserted. */
class StabilityWindowTest {
  @RegisterExtension
  static final AwsWorldExtension WORLD = new AwsWorldExtension();

  @TempDir
  Path tmp;

  private GateCliTest.Run run(Path out, String... more) throws Exception {
    List<String> a = WORLD.args(tmp, "run", "--phase", "P6", "--lane", "M6.F");
    a.addAll(List.of("--out", out.toString()));
    a.addAll(List.of(more));
    return gate(a.toArray(String[]::new));
  }

  @Test
  void samples_worldTurningUnhealthyAfterTheFirstSampleHoldsAndEndsTheWindowEarly() throws Exception {
    // Admissions flow for the first sample, then stop: every later count answers zero.
    WORLD.world().server().stubFor(Call.DDB_COUNT_ADMISSIONS.request().atPriority(1).inScenario("decay")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("stalled")
        .willReturn(Stubs.ok(Call.DDB_COUNT_ADMISSIONS, "{\"Count\":5,\"ScannedCount\":45}")));
    WORLD.world().server().stubFor(Call.DDB_COUNT_ADMISSIONS.request().atPriority(1).inScenario("decay")
        .whenScenarioStateIs("stalled")
        .willReturn(Stubs.ok(Call.DDB_COUNT_ADMISSIONS, "{\"Count\":0,\"ScannedCount\":40}")));
    Path out = tmp.resolve("m6f");

    GateCliTest.Run r = run(out, "--samples", "3", "--interval", "1s");

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("HOLD_REMEDIATE");
    JsonNode window = Json.MAPPER.readTree(out.resolve("m6f_execution_summary.json").toFile()).get("stability_window");
    assertThat(window.get("first_failing_sample").asInt()).as(r.err()).isEqualTo(2);
    assertThat(window.get("samples_taken").asInt()).isEqualTo(2);
    assertThat(window.get("samples").get(0).get("pass").asBoolean()).isTrue();
    assertThat(window.get("samples").get(1).get("pass").asBoolean()).isFalse();
    assertThat(tmp.resolve("m6f.sample-1.factset.json")).exists();
    assertThat(tmp.resolve("m6f.sample-2.factset.json")).exists();
    assertThat(tmp.resolve("m6f.sample-3.factset.json")).doesNotExist();
  }

  @Test
  void samples_healthyThroughoutPassesAndRecordsEverySample() throws Exception {
    Path out = tmp.resolve("m6f");

    GateCliTest.Run r = run(out, "--samples", "2", "--interval", "0s");

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    JsonNode window = Json.MAPPER.readTree(out.resolve("m6f_execution_summary.json").toFile()).get("stability_window");
    assertThat(window.get("first_failing_sample").isNull()).isTrue();
    assertThat(window.get("samples")).hasSize(2);
  }

  @Test
  void samples_passingWindowWhosePublishFails_keepsTheWindowBesideTheB8() throws Exception {
    Path out = tmp.resolve("m6f");

    GateCliTest.Run r = run(out, "--samples", "2", "--interval", "0s",
        "--publish", "s3://evidence/p/", "--publish-endpoint", "http://127.0.0.1:9");

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    JsonNode summary = Json.MAPPER.readTree(out.resolve("m6f_execution_summary.json").toFile());
    assertThat(summary.get("blocker_codes").toString()).contains("M6P6-B8");
    JsonNode window = summary.get("stability_window");
    assertThat(window).as("the rewritten summary keeps the stability window").isNotNull();
    assertThat(window.get("samples")).hasSize(2);
    assertThat(window.get("first_failing_sample").isNull()).isTrue();
  }

  @Test
  void samples_refusedByTheOutputsCredentialCheck_leaveNoSampleBehind() throws Exception {
    Path policy = tmp.resolve("policy");
    RefusalCliTest.copy(GateCliTest.ROOT.resolve("rules/default"), policy);
    // A policy credential rule that only the Markdown report's text matches: the fact sets pass the engine's own
    // check, so only the outputs check can stop the samples from being written.
    Files.writeString(policy.resolve("credentials.json"), """
        {"credential_rules_version": 1, "rules": [{"id": "test-report-heading", "description": "matches a heading",
          "prefixes": ["### Rollup"], "parts": [],
          "examples": {"positive": ["### Rollup matrix"], "negative": ["## Rollup"]}}]}
        """);
    Path out = tmp.resolve("m6f");

    GateCliTest.Run r = run(out, "--samples", "2", "--interval", "0s", "--rules", policy.toString(),
        "--summary-md", tmp.resolve("summary.md").toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.err()).contains("test-report-heading");
    assertThat(tmp.resolve("m6f.sample-1.factset.json")).doesNotExist();
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve("summary.md")).doesNotExist();
  }

  @Test
  void samples_badIntervalExitsThree() throws Exception {
    GateCliTest.Run r = run(tmp.resolve("m6f"), "--samples", "2", "--interval", "soon");

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("`--interval`");
  }
}
