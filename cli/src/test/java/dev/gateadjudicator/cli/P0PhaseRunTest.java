package dev.gateadjudicator.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Fault;
import dev.gateadjudicator.collect.testing.Moto;
import dev.gateadjudicator.collect.testing.P0Call;
import dev.gateadjudicator.collect.testing.P0World;
import dev.gateadjudicator.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gate run --phase P0} without {@code --lane}: all of P0, M2.A..M2.J, in one command against a healthy
 * emulated world ({@link P0World}: moto_server, WireMock for MSK, the Terraform and rehearsal receipts a CI step
 * saves), publishing each lane's set to moto so the gate lane reads every result back durably. One fault in any one
 * collector call, or in any one file a collector reads, holds the phase; so does a world that turns unhealthy after
 * the first sample of a stability window. No timing is asserted.
 */
class P0PhaseRunTest {
  private static P0World world;

  @TempDir
  static Path worldDir;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() throws Exception {
    assumeThat(Moto.available()).as("moto_server on PATH").isTrue();
    world = P0World.start(worldDir);
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  @BeforeEach
  @AfterEach
  void healthy() {
    world.healthy();
  }

  /** The whole phase, as a platform engineer runs it in CI: one command, every lane published to S3. */
  private GateCliTest.Run runPhase(Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("run", "--phase", "P0", "--registry", world.registry().toString(),
        "--terraform-receipts", world.receipts().toString(), "--captured-at", "2026-02-24T12:00:00Z",
        "--region", "eu-west-2", "--endpoint-url", world.endpoint().toString(), "--call-timeout", "60",
        "--deadline", "300", "--out", out.toString(), "--publish", world.publishPrefix(),
        "--publish-endpoint", world.motoEndpoint().toString()));
    a.addAll(Arrays.asList(more));
    return gate(a.toArray(String[]::new));
  }

  @Test
  void runPhase_healthyWorld_advancesToP1AndEveryCollectorCallWasMade() throws Exception {
    Path out = tmp.resolve("out");

    GateCliTest.Run r = runPhase(out);

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsSubsequence("lane M2.A", "lane M2.B", "lane M2.C", "lane M2.D", "lane M2.E",
        "lane M2.F", "lane M2.G", "lane M2.H", "lane M2.I", "lane M2.J").contains("ADVANCE_TO_P1");
    JsonNode verdict = Json.MAPPER.readTree(out.resolve("M2.J/m2j_p0_gate_verdict.json").toFile());
    assertThat(verdict.path("verdict").asText()).isEqualTo("ADVANCE_TO_P1");
    // Each call the fault test injects into was really made, so no fault case below can pass vacuously.
    assertThat(Stream.of(P0Call.values()).filter(c -> world.requests(c) == 0)).as(r.err()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(P0Call.class)
  void runPhase_oneFaultInOneCall_holdsThePhase(P0Call call) {
    world.inject(call, Fault.ACCESS_DENIED);

    GateCliTest.Run r = runPhase(tmp.resolve("out"));

    assertThat(r.exit()).as(r.out() + r.err()).isIn(1, 2);
    assertThat(r.out()).doesNotContain("ADVANCE_TO_P1");
    assertThat(world.requests(call)).isPositive();
  }

  /** A file a collector reads, and how to break it. */
  enum FileFault {
    /** A stack root loses its backend block. */
    STACK_ROOT_WITHOUT_BACKEND,
    /** A stack's apply receipt is missing. */
    APPLY_RECEIPT_MISSING,
    /** A stack's saved outputs are not JSON. */
    OUTPUTS_UNREADABLE,
    /** A rehearsal receipt is missing. */
    REHEARSAL_RECEIPT_MISSING,
    /** The registry loses its topic-ownership table. */
    OWNERSHIP_TABLE_MISSING,
    /** A saved output carries a plaintext credential. */
    OUTPUT_LEAKS_A_CREDENTIAL
  }

  static Stream<FileFault> fileFaults() {
    return Stream.of(FileFault.values());
  }

  @ParameterizedTest
  @MethodSource("fileFaults")
  void runPhase_oneBrokenFile_holdsThePhase(FileFault fault) throws Exception {
    Path file = switch (fault) {
      case STACK_ROOT_WITHOUT_BACKEND -> Path.of(world.handle("TF_STACK_RUNTIME_DIR")).resolve("main.tf");
      case APPLY_RECEIPT_MISSING -> world.receipts().resolve("data_ml/4-apply.receipt.json");
      case OUTPUTS_UNREADABLE -> world.receipts().resolve("streaming/output.json");
      case REHEARSAL_RECEIPT_MISSING -> world.receipts().resolve("ops/rehearsal.json");
      case OWNERSHIP_TABLE_MISSING -> world.registry();
      case OUTPUT_LEAKS_A_CREDENTIAL -> world.receipts().resolve("ops/output.json");
    };
    byte[] saved = Files.readAllBytes(file);
    try {
      switch (fault) {
        case STACK_ROOT_WITHOUT_BACKEND -> Files.writeString(file, "resource \"aws_ssm_parameter\" \"x\" {\n}\n");
        case APPLY_RECEIPT_MISSING, REHEARSAL_RECEIPT_MISSING -> Files.delete(file);
        case OUTPUTS_UNREADABLE -> Files.writeString(file, "{\"msk_cluster_arn\": ");
        case OWNERSHIP_TABLE_MISSING -> {
          JsonNode reg = Json.MAPPER.readTree(saved);
          ((com.fasterxml.jackson.databind.node.ObjectNode) reg).remove("topic_ownership");
          Files.write(file, Json.MAPPER.writeValueAsBytes(reg));
        }
        case OUTPUT_LEAKS_A_CREDENTIAL -> Files.writeString(file, "{\"ops_budget_name\": {\"value\": \"x\"},"
            + " \"debug_url\": {\"value\": \"postgres://admin:" + "hunter2hunter2@db.internal:5432/ops\"}}");
      }

      GateCliTest.Run r = runPhase(tmp.resolve("out"));

      assertThat(r.exit()).as(r.out() + r.err()).isIn(1, 2);
      assertThat(r.out()).doesNotContain("ADVANCE_TO_P1");
    } finally {
      Files.write(file, saved);
    }
  }

  @Test
  void runPhase_worldTurningUnhealthyAfterTheFirstSample_holds() throws Exception {
    // The lock table answers for the first sample, then is gone: DescribeTable says it does not exist.
    world.stub(P0Call.DDB_DESCRIBE_TABLE.request().inScenario("lock-table").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("gone").willReturn(aResponse().proxiedFrom(world.motoEndpoint().toString())));
    world.stub(P0Call.DDB_DESCRIBE_TABLE.request().inScenario("lock-table").whenScenarioStateIs("gone")
        .willReturn(Fault.NOT_FOUND.response(Call.Protocol.JSON, "DescribeTable")));
    Path out = tmp.resolve("out");

    GateCliTest.Run r = runPhase(out, "--samples", "3", "--interval", "1s");

    assertThat(r.exit()).as(r.out() + r.err()).isIn(1, 2);
    assertThat(r.out()).doesNotContain("ADVANCE_TO_P1");
    JsonNode window = Json.MAPPER.readTree(out.resolve("M2.A/m2a_execution_summary.json").toFile())
        .get("stability_window");
    assertThat(window.get("samples").get(0).get("pass").asBoolean()).as(r.err()).isTrue();
    assertThat(window.get("first_failing_sample").asInt()).isEqualTo(2);
    assertThat(out.resolve("M2.A.sample-1.factset.json")).exists();
    assertThat(out.resolve("M2.A.sample-3.factset.json")).doesNotExist();
  }
}
