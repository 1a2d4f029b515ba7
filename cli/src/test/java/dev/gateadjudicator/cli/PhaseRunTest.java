package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Fault;
import dev.gateadjudicator.collect.testing.MotoExtension;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code gate run --phase P6} without {@code --lane}: M6.E, M6.F and M6.G in order against the WireMock AWS world,
 * each lane's summary fed to the next; with {@code --publish} to moto the gate lane reads them back durably.
 */
class PhaseRunTest {
  static final String P5_VERDICT = "{\"phase\": \"P5\", \"lane\": \"M5.J\", \"verdict\": \"ADVANCE_TO_P6\","
      + " \"execution_id\": \"m5j_p5_gate_rollup_20260225T140000Z\"}";

  @RegisterExtension
  static final MotoExtension MOTO = MotoExtension.withBuckets();
  @RegisterExtension
  static final AwsWorldExtension WORLD = new AwsWorldExtension();

  @TempDir
  Path tmp;

  private List<String> args(Path out, String... more) throws Exception {
    List<String> a = WORLD.args(tmp, "run", "--phase", "P6");
    a.addAll(List.of("--out", out.toString()));
    a.addAll(List.of(more));
    return a;
  }

  /** A bucket on moto holding the P5 gate verdict under a fresh prefix; returns the prefix URI. */
  private String seededPrefix() {
    String bucket = "phase-run-" + Long.toHexString(System.nanoTime());
    MOTO.bucket(bucket);
    String prefix = "s3://" + bucket + "/evidence/run_control/";
    MOTO.s3().putObject(p -> p.bucket(bucket).key("evidence/run_control/m5j/m5j_p5_gate_verdict.json"),
        RequestBody.fromString(P5_VERDICT));
    return prefix;
  }

  @Test
  void runPhase_withoutPublish_runsEveryLaneInOrderAndTheGateHoldsOnLocalCopies() throws Exception {
    Path upstream = Files.createDirectories(tmp.resolve("p5"));
    Files.writeString(upstream.resolve("m5j_p5_gate_verdict.json"), P5_VERDICT);
    Path out = tmp.resolve("out");

    GateCliTest.Run r = gate(args(out, "--lane-results", upstream.toString(), "--save-facts",
        tmp.resolve("facts").toString()).toArray(String[]::new));

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).containsSubsequence("lane M6.E", "lane M6.F", "lane M6.G");
    assertThat(out.resolve("M6.E/m6e_execution_summary.json")).exists();
    assertThat(out.resolve("M6.F/m6f_execution_summary.json")).exists();
    assertThat(out.resolve("M6.G/m6g_p6_gate_verdict.json")).exists();
    FactSet gateFacts = FactSets.parse(Files.readAllBytes(tmp.resolve("facts/M6.G.factset.json")));
    assertThat(gateFacts.facts()).filteredOn(LaneResult.class::isInstance).map(f -> ((LaneResult) f).lane())
        .containsExactlyInAnyOrder("M6.E", "M6.F");
    assertThat(r.out()).contains("HOLD_REMEDIATE").contains("M6P6-B8");
  }

  /**
   * The whole phase passes on each runtime path the policy allows, every collector of the path answering as AWS
   * would (WireMock with AWS-shaped bodies where moto 5.2 fails: EMR on EKS and Managed Flink timestamps, the p95
   * extended statistic), and the reads are the path's own.
   */
  @ParameterizedTest
  @MethodSource("runtimePaths")
  void runPhase_publishedToS3_advancesToP7OnEveryRuntimePath(String path, Call pathCall) throws Exception {
    WORLD.world().pin("FLINK_RUNTIME_PATH_ACTIVE", path);
    String prefix = seededPrefix();
    Path out = tmp.resolve("out");

    GateCliTest.Run r = gate(args(out, "--service-endpoint", "s3=" + MOTO.endpoint(), "--publish", prefix,
        "--publish-endpoint", MOTO.endpoint().toString()).toArray(String[]::new));

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("ADVANCE_TO_P7");
    assertThat(Json.MAPPER.readTree(out.resolve("M6.G/m6g_p6_gate_verdict.json").toFile()).path("verdict").asText())
        .isEqualTo("ADVANCE_TO_P7");
    var server = WORLD.world().server();
    assertThat(server.findAll(RequestPatternBuilder.like(pathCall.request().build().getRequest()))).isNotEmpty();
    // The evidence latency is the p95 extended statistic, asked for as such.
    assertThat(server.findAll(RequestPatternBuilder.like(Call.CW_OVERHEAD.request().build().getRequest())))
        .anyMatch(q -> q.getBodyAsString().contains("Stat=p95"));
  }

  static Stream<Arguments> runtimePaths() {
    return Stream.of(Arguments.of("EKS_FLINK_OPERATOR", Call.K8S_GET_FLINK_DEPLOYMENT),
        Arguments.of("EKS_EMR_ON_EKS", Call.EMR_DESCRIBE_JOB_RUN),
        Arguments.of("MSF_MANAGED", Call.MSF_DESCRIBE_APPLICATION));
  }

  static Stream<Call> calls() {
    return Stream.of(Call.EKS_DESCRIBE_CLUSTER, Call.EKS_DESCRIBE_NODEGROUP, Call.K8S_LIST_NODES,
        Call.K8S_GET_FLINK_DEPLOYMENT, Call.DDB_COUNT_ADMISSIONS, Call.DDB_COUNT_PUBLISH_UNKNOWN, Call.CW_LAG,
        Call.CW_OVERHEAD);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void runPhase_oneFaultInOneCall_holdsThePhase(Call call) throws Exception {
    WORLD.world().inject(call, Fault.ACCESS_DENIED);
    String prefix = seededPrefix();

    GateCliTest.Run r = gate(args(tmp.resolve("out"), "--service-endpoint", "s3=" + MOTO.endpoint(), "--publish",
        prefix, "--publish-endpoint", MOTO.endpoint().toString()).toArray(String[]::new));

    assertThat(r.exit()).as(r.out() + r.err()).isIn(1, 2);
    assertThat(r.out()).doesNotContain("ADVANCE_TO_P7");
  }
}
