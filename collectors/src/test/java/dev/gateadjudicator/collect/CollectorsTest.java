package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.collect.testing.AwsWorld;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Fault;
import dev.gateadjudicator.collect.testing.Stubs;
import dev.gateadjudicator.fact.AdmissionProgress;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.EvidenceOverhead;
import dev.gateadjudicator.fact.LagPosture;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.fact.LaneState;
import dev.gateadjudicator.fact.LaneStatus;
import dev.gateadjudicator.fact.Nodegroup;
import dev.gateadjudicator.fact.NodegroupStatus;
import dev.gateadjudicator.fact.PublishAmbiguity;
import dev.gateadjudicator.fact.RuntimePath;
import dev.gateadjudicator.fact.RuntimeSubstrate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectorsTest {
  // generous: deadlines belong to behaviour, not to speed; a loaded machine must not turn a healthy read into a
  // timeout. Only the TIMEOUT fault, whose answer is delayed well past it, uses the short one.
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration SHORT_CALL_TIMEOUT = Duration.ofSeconds(1);
  private static AwsWorld world;
  private final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void start() {
    world = new AwsWorld();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @BeforeEach
  void reset() {
    world.healthy();
    world.delayEverything(0);
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", "EKS_FLINK_OPERATOR");
  }

  private Collected collect(String lane) {
    return collect(world.request(lane), world.settings(CALL_TIMEOUT));
  }

  private Collected collect(CollectionRequest request, CollectionSettings settings) {
    return new Collected(GateCollector.collect(request, settings, progress::add));
  }

  @Test
  void m6f_healthyFlinkOperatorWorld_readsEveryFact() {
    Collected c = collect("M6.F").hasNoErrors();

    assertThat(c.all(LaneState.class)).extracting(LaneState::laneRef, LaneState::state, LaneState::runtimePath)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FLINK_EKS_WSP_STREAM_REF", LaneStatus.RUNNING, RuntimePath.EKS_FLINK_OPERATOR),
            org.assertj.core.groups.Tuple.tuple("FLINK_EKS_SR_READY_REF", LaneStatus.RUNNING, RuntimePath.EKS_FLINK_OPERATOR));
    Nodegroup ng = c.only(Nodegroup.class);
    assertThat(ng.status()).isEqualTo(NodegroupStatus.ACTIVE);
    assertThat(ng.readyNodes()).isEqualTo(2);
    assertThat(c.only(RuntimeSubstrate.class).available()).isTrue();
    AdmissionProgress a = c.only(AdmissionProgress.class);
    assertThat(a.admittedCount()).isEqualTo(5);
    assertThat(a.windowStart()).isEqualTo(Instant.parse("2026-02-25T15:00:00Z"));
    assertThat(a.windowEnd()).isEqualTo(AwsWorld.CAPTURED_AT);
    LagPosture lag = c.only(LagPosture.class);
    assertThat(lag.measuredLagSeconds()).isEqualTo(12.0);
    assertThat(lag.lagMetric()).isEqualTo("ig_admission_freshness_seconds");
    assertThat(c.only(PublishAmbiguity.class).unresolvedCount()).isZero();
    EvidenceOverhead o = c.only(EvidenceOverhead.class);
    assertThat(List.of(o.latencyP95Ms(), o.bytesPerEvent(), o.writeRatePerS())).containsExactly(12.5, 640.0, 40.0);
    assertThat(progress).hasSize(8).allMatch(l -> l.startsWith("collect: "));
  }

  @Test
  void m6f_requestsCarryTheRunAndTheKubernetesToken() {
    collect("M6.F");

    var k8s = world.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v1/nodes")));
    assertThat(k8s).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer k8s-aws-v1."));
    var cw = world.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("ig_admission_freshness_seconds")));
    assertThat(cw).singleElement().satisfies(r -> assertThat(r.getBodyAsString()).contains(AwsWorld.RUN));
  }

  @Test
  void m6f_nodegroupCreateFailed_isReadWithItsHealthIssue() {
    Stubs.eksNodegroup(world.server(), AwsWorld.CLUSTER, AwsWorld.NODEGROUP, "CREATE_FAILED", List.of("NodeCreationFailure"));
    Stubs.nodes(world.server(), AwsWorld.NODEGROUP, 0, 0);

    Nodegroup ng = collect("M6.F").hasNoErrors().only(Nodegroup.class);

    assertThat(ng.status()).isEqualTo(NodegroupStatus.CREATE_FAILED);
    assertThat(ng.healthIssues()).containsExactly("NodeCreationFailure");
    assertThat(ng.readyNodes()).isZero();
  }

  @Test
  void m6f_notReadyNodesAreNotCounted() {
    Stubs.nodes(world.server(), AwsWorld.NODEGROUP, 1, 2);

    assertThat(collect("M6.F").only(Nodegroup.class).readyNodes()).isEqualTo(1);
  }

  @Test
  void m6f_deploymentWithoutJobStatus_isSubmitted() {
    Stubs.flinkDeployment(world.server(), AwsWorld.NAMESPACE, AwsWorld.WSP, null);

    assertThat(collect("M6.F").all(LaneState.class)).filteredOn(l -> l.laneRef().equals("FLINK_EKS_WSP_STREAM_REF"))
        .singleElement().extracting(LaneState::state).isEqualTo(LaneStatus.SUBMITTED);
  }

  @Test
  void m6f_noAdmissionsAndNoLagDatapoints_areFactsNotErrors() {
    Stubs.dynamoCounts(world.server(), 0, 0);
    Stubs.lag(world.server(), List.of());

    Collected c = collect("M6.F").hasNoErrors();

    assertThat(c.only(AdmissionProgress.class).admittedCount()).isZero();
    LagPosture lag = c.only(LagPosture.class);
    assertThat(lag.measured()).isFalse();
    assertThat(lag.unavailableReason()).contains("no datapoints");
  }

  @Test
  void m6f_emrOnEksPath_readsJobRunsAndVirtualCluster() {
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", "EKS_EMR_ON_EKS");
    Stubs.emrJobRun(world.server(), AwsWorld.VC, AwsWorld.SR, "0000000361srr", "SUBMITTED");

    Collected c = collect("M6.F").hasNoErrors();

    assertThat(c.all(LaneState.class)).extracting(LaneState::state)
        .containsExactlyInAnyOrder(LaneStatus.RUNNING, LaneStatus.SUBMITTED);
    assertThat(c.all(LaneState.class)).allMatch(l -> l.runtimePath() == RuntimePath.EKS_EMR_ON_EKS);
    assertThat(c.only(RuntimeSubstrate.class).ref()).isEqualTo(AwsWorld.VC);
  }

  @Test
  void m6f_msfPath_readsApplicationsAndNoNodegroups() {
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", "MSF_MANAGED");
    Stubs.msfApplication(world.server(), AwsWorld.SR, "STARTING");

    Collected c = collect("M6.F").hasNoErrors();

    assertThat(c.all(LaneState.class)).extracting(LaneState::laneRef, LaneState::state).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("FLINK_APP_WSP_STREAM_V0", LaneStatus.RUNNING),
        org.assertj.core.groups.Tuple.tuple("FLINK_APP_SR_READY_V0", LaneStatus.PENDING));
    assertThat(c.all(Nodegroup.class)).isEmpty();
  }

  static Stream<Arguments> faultsPerCall() {
    List<Arguments> out = new ArrayList<>();
    Map<Call, String> paths = Map.ofEntries(
        Map.entry(Call.EKS_DESCRIBE_CLUSTER, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.EKS_DESCRIBE_NODEGROUP, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.K8S_LIST_NODES, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.K8S_GET_FLINK_DEPLOYMENT, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.EMR_DESCRIBE_VIRTUAL_CLUSTER, "EKS_EMR_ON_EKS"),
        Map.entry(Call.EMR_LIST_JOB_RUNS, "EKS_EMR_ON_EKS"),
        Map.entry(Call.EMR_DESCRIBE_JOB_RUN, "EKS_EMR_ON_EKS"),
        Map.entry(Call.MSF_DESCRIBE_APPLICATION, "MSF_MANAGED"),
        Map.entry(Call.DDB_COUNT_ADMISSIONS, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.DDB_COUNT_PUBLISH_UNKNOWN, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.CW_LAG, "EKS_FLINK_OPERATOR"),
        Map.entry(Call.CW_OVERHEAD, "EKS_FLINK_OPERATOR"));
    paths.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> Stream.of(Fault.values()).forEach(f -> out.add(Arguments.of(e.getKey(), f, e.getValue()))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faultsPerCall")
  void m6f_faultInOneCall_becomesATypedErrorOrAFailingFact(Call call, Fault fault, String path) {
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", path);
    world.inject(call, fault);

    Collected c = collect(world.request("M6.F"), world.settings(fault == Fault.TIMEOUT ? SHORT_CALL_TIMEOUT : CALL_TIMEOUT));

    boolean existenceCheck = fault == Fault.NOT_FOUND && switch (call) {
      case K8S_GET_FLINK_DEPLOYMENT, MSF_DESCRIBE_APPLICATION, EKS_DESCRIBE_CLUSTER, EMR_DESCRIBE_VIRTUAL_CLUSTER -> true;
      default -> false;
    };
    if (existenceCheck) {
      assertThat(c.all(LaneState.class).stream().anyMatch(l -> l.state() == LaneStatus.ABSENT)
          || c.all(RuntimeSubstrate.class).stream().anyMatch(s -> !s.available()))
          .as("not found on an existence check is a failing fact: %s", c.factSet().facts()).isTrue();
      return;
    }
    ErrorType expected = fault == Fault.NOT_FOUND && call.protocol() == Call.Protocol.KUBERNETES
        ? ErrorType.NOT_FOUND : fault.expected();
    c.hasError(call.kind(), expected);
  }

  @Test
  void throttling_isRetriedBySdkBeforeItIsReported() {
    world.inject(Call.EKS_DESCRIBE_NODEGROUP, Fault.THROTTLED);

    collect(world.request("M6.F"), world.settings(Duration.ofSeconds(8), 2)).hasError("nodegroup", ErrorType.THROTTLED);

    assertThat(world.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/clusters/.+/node-groups/.+")))).hasSize(2);
  }

  @Test
  void deadline_turnsUnfinishedReadsIntoTimeouts() {
    world.inject(Call.CW_OVERHEAD, Fault.TIMEOUT);
    CollectionSettings tight = new CollectionSettings("eu-west-2", null, world.endpoint(), Map.of(), world.endpoint(),
        Duration.ofSeconds(10), Duration.ofMillis(1500), 1);

    Collected c = collect(world.request("M6.F"), tight);

    c.hasError("evidence_overhead", ErrorType.TIMEOUT);
    assertThat(c.all(EvidenceOverhead.class)).isEmpty();
  }

  @Test
  void unpinnedHandle_isAnErrorOfTheFactItFeeds() {
    world.pin("IG_IDEMPOTENCY_TABLE", "TO_PIN");

    collect("M6.F").hasError("admission_progress", ErrorType.UNKNOWN).hasError("publish_ambiguity", ErrorType.UNKNOWN);
  }

  @Test
  void unknownRuntimePath_isALaneStateError() {
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", "SPARK_ON_A_LAPTOP");

    Collected c = collect("M6.F").hasError("lane_state", ErrorType.UNKNOWN);

    assertThat(c.all(LaneState.class)).isEmpty();
  }

  @Test
  void collection_isByteIdenticalAcrossRuns() {
    byte[] first = FactSets.toJson(GateCollector.collect(world.request("M6.F"), world.settings(CALL_TIMEOUT), l -> { }));
    byte[] second = FactSets.toJson(GateCollector.collect(world.request("M6.F"), world.settings(CALL_TIMEOUT), l -> { }));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyCallDelayed200ms_fullM6fCollectionCompletesAndReportsItsTime() throws IOException {
    world.delayEverything(200);
    collect("M6.F").hasNoErrors();
    long best = Long.MAX_VALUE;
    List<Long> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      collect("M6.F").hasNoErrors();
      long ms = (System.nanoTime() - start) / 1_000_000;
      runs.add(ms);
      best = Math.min(best, ms);
    }
    long calls = world.server().getAllServeEvents().size();
    String report = "full M6.F collection, every call delayed 200 ms: " + runs + " ms (best " + best + " ms) over "
        + calls + " served calls in 4 collections\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "collect-benchmark.txt"), report);
    // a measurement, not an assertion: timings belong in benchmarks, and this machine may be loaded
    System.out.print(report);
    assertThat(runs).hasSize(3);
  }

  @Test
  void m6g_laneResultsFromS3_areDurableWhereTheirPublishReceiptSaysSo() {
    Stubs.s3Objects(world.server(), "fraud-platform-dev-full-evidence", Map.of(
        "evidence/run_control/m6e_x/m6e_execution_summary.json", summary("M6.E", "m6e_x", true),
        "evidence/run_control/m6e_x/publish_receipt.json", receipt("m6e_x", true),
        "evidence/run_control/m6f_x/m6f_execution_summary.json", summary("M6.F", "m6f_x", true),
        "evidence/run_control/m6f_x/publish_receipt.json", receipt("m6f_x", true)));
    CollectionRequest r = new CollectionRequest("P6", "M6.G", "m6g_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), "s3://fraud-platform-dev-full-evidence/evidence/run_control/");

    Collected c = collect(r, world.settings(CALL_TIMEOUT)).hasNoErrors();

    assertThat(c.all(LaneResult.class)).extracting(LaneResult::lane).containsExactlyInAnyOrder("M6.E", "M6.F");
    assertThat(c.all(LaneResult.class)).allMatch(LaneResult::durableReadbackOk).allMatch(LaneResult::overallPass);
  }

  @Test
  void m6g_laneResultsWithoutAGoodReceipt_areNotDurable() {
    Stubs.s3Objects(world.server(), "fraud-platform-dev-full-evidence", Map.of(
        "evidence/run_control/m6e_x/m6e_execution_summary.json", summary("M6.E", "m6e_x", true),
        "evidence/run_control/m6f_x/m6f_execution_summary.json", summary("M6.F", "m6f_x", true),
        "evidence/run_control/m6f_x/publish_receipt.json", receipt("m6f_x", false),
        "evidence/run_control/m6f_y/m6f_execution_summary.json", summary("M6.F", "m6f_y", true),
        "evidence/run_control/m6f_y/publish_receipt.json", receipt("m6f_x", true)));
    CollectionRequest r = new CollectionRequest("P6", "M6.G", "m6g_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), "s3://fraud-platform-dev-full-evidence/evidence/run_control/");

    Collected c = collect(r, world.settings(CALL_TIMEOUT)).hasNoErrors();

    assertThat(c.all(LaneResult.class)).hasSize(3).noneMatch(LaneResult::durableReadbackOk);
  }

  private static String receipt(String executionId, boolean durable) {
    return "{\"receipt_version\":1,\"execution_id\":\"" + executionId + "\",\"durable_readback_ok\":" + durable + "}";
  }

  @Test
  void m6g_laneResultsFromLocalFolder_areNotDurable(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("m6f_x"));
    Files.writeString(dir.resolve("m6f_x/m6f_execution_summary.json"), summary("M6.F", "m6f_x", false));
    CollectionRequest r = new CollectionRequest("P6", "M6.G", "m6g_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), dir.toString());

    LaneResult lr = collect(r, world.settings(CALL_TIMEOUT)).hasNoErrors().only(LaneResult.class);

    assertThat(lr.durableReadbackOk()).isFalse();
    assertThat(lr.blockerCodes()).containsExactly("M6P6-B3");
  }

  @Test
  void m6g_s3Denied_isAnAccessDeniedError() {
    world.inject(Call.S3_LIST_OBJECTS, Fault.ACCESS_DENIED);
    CollectionRequest r = new CollectionRequest("P6", "M6.G", "m6g_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), "s3://fraud-platform-dev-full-evidence/evidence/");

    collect(r, world.settings(CALL_TIMEOUT)).hasError("lane_result", ErrorType.ACCESS_DENIED);
  }

  @Test
  void m6g_noLocation_isAnError() {
    collect("M6.G").hasError("lane_result", ErrorType.UNKNOWN);
  }

  @Test
  void m6e_upstreamVerdictAndSubstrate(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("m5j_p5_gate_verdict.json"), "{\"phase\":\"P5\",\"lane\":\"M5.J\","
        + "\"execution_id\":\"m5j_x\",\"verdict\":\"ADVANCE_TO_P6\",\"captured_at\":\"2026-02-25T04:00:00Z\"}");
    Files.writeString(dir.resolve("m4j_p4_gate_verdict.json"), "{\"phase\":\"P4\",\"lane\":\"M4.J\","
        + "\"execution_id\":\"m4j_x\",\"verdict\":\"ADVANCE_TO_P5\",\"captured_at\":\"2026-02-24T04:00:00Z\"}");
    CollectionRequest r = new CollectionRequest("P6", "M6.E", "m6e_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), dir.toString());

    Collected c = collect(r, world.settings(CALL_TIMEOUT)).hasNoErrors();

    assertThat(c.only(dev.gateadjudicator.fact.GateVerdictFact.class).verdict()).isEqualTo("ADVANCE_TO_P6");
    assertThat(c.only(RuntimeSubstrate.class).runtimePath()).isEqualTo(RuntimePath.EKS_FLINK_OPERATOR);
  }

  @Test
  void m6e_noUpstreamVerdict_isNotFound(@TempDir Path dir) {
    CollectionRequest r = new CollectionRequest("P6", "M6.E", "m6e_test", AwsWorld.RUN, AwsWorld.CAPTURED_AT, null,
        world.registry(), dir.toString());

    collect(r, world.settings(CALL_TIMEOUT)).hasError("gate_verdict", ErrorType.NOT_FOUND);
  }

  private static String summary(String lane, String id, boolean pass) {
    return "{\"phase\":\"P6\",\"lane\":\"" + lane + "\",\"execution_id\":\"" + id + "\",\"captured_at\":\"2026-02-25T17:00:00Z\","
        + "\"overall_pass\":" + pass + ",\"blocker_count\":" + (pass ? 0 : 1) + ",\"blocker_codes\":["
        + (pass ? "" : "\"M6P6-B3\"") + "],\"next_gate\":\"" + (pass ? "M6.G_READY" : "HOLD_REMEDIATE")
        + "\",\"checks\":[]}";
  }
}
