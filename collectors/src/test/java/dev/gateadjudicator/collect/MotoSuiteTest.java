package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.collect.testing.AwsWorld;
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
import dev.gateadjudicator.fact.RuntimeSubstrate;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import dev.gateadjudicator.collect.testing.Moto;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The collectors against moto_server, an emulator independent of our stubs. Opt-in: {@code -Pmoto}
 * (tag {@code moto}). Uses {@code -Dmoto.endpoint=URL} when given, or starts {@code moto_server} itself.
 * Kubernetes is not emulated by moto: its reads go to the WireMock world.
 */
@Tag("moto")
class MotoSuiteTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/fraud-platform-dev-full";
  private static Moto moto;
  private static URI endpoint;
  private static AwsWorld world;
  private static String run;
  private static Instant capturedAt;
  private static String virtualCluster;

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    endpoint = moto.endpoint();
    world = new AwsWorld();
    capturedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant runStart = capturedAt.minus(Duration.ofHours(1));
    run = "platform_" + UUID.randomUUID().toString().substring(0, 4) + "_"
        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(runStart);
    seed(runStart);
  }

  private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C client(B b) {
    return b.endpointOverride(endpoint).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
  }

  private static void seed(Instant runStart) {
    try (EksClient eks = client(EksClient.builder())) {
      eks.createCluster(r -> r.name(AwsWorld.CLUSTER).roleArn(ROLE).resourcesVpcConfig(v -> v.subnetIds("subnet-1")));
      eks.createNodegroup(r -> r.clusterName(AwsWorld.CLUSTER).nodegroupName(AwsWorld.NODEGROUP).nodeRole(ROLE)
          .subnets("subnet-1"));
    }
    // moto's EMR on EKS answers carry timestamps the SDK cannot parse, so seed it over plain HTTP.
    String vc = post("/virtualclusters", "{\"name\":\"fraud-platform-dev-full\",\"clientToken\":\"" + UUID.randomUUID()
        + "\",\"containerProvider\":{\"id\":\"" + AwsWorld.CLUSTER + "\",\"type\":\"EKS\",\"info\":{\"eksInfo\":"
        + "{\"namespace\":\"emr\"}}}}");
    virtualCluster = vc.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    for (String name : new String[] {AwsWorld.WSP, AwsWorld.SR}) {
      post("/virtualclusters/" + virtualCluster + "/jobruns", "{\"name\":\"" + name + "\",\"clientToken\":\""
          + UUID.randomUUID() + "\",\"executionRoleArn\":\"" + ROLE + "\",\"releaseLabel\":\"emr-6.15.0-latest\","
          + "\"jobDriver\":{\"sparkSubmitJobDriver\":{\"entryPoint\":\"s3://bucket/job.py\"}}}");
    }
    // Likewise Kinesis Analytics v2 (its CreateTimestamp).
    post("/", "{\"ApplicationName\":\"" + AwsWorld.WSP + "\",\"RuntimeEnvironment\":\"FLINK-1_18\","
        + "\"ServiceExecutionRole\":\"" + ROLE + "\"}", "KinesisAnalytics_20180523.CreateApplication");
    try (DynamoDbClient ddb = client(DynamoDbClient.builder())) {
      ddb.createTable(t -> t.tableName("moto-ig-idempotency").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(a -> a.attributeName("dedupe_key").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("dedupe_key").keyType(KeyType.HASH)));
      for (int i = 0; i < 4; i++) {
        long at = runStart.plusSeconds(60L * (i + 1)).getEpochSecond();
        String state = i == 0 ? "PUBLISH_UNKNOWN" : "PUBLISHED";
        int n = i;
        ddb.putItem(p -> p.tableName("moto-ig-idempotency").item(Map.of(
            "dedupe_key", AttributeValue.fromS("k" + n), "platform_run_id", AttributeValue.fromS(run),
            "admitted_at_epoch", AttributeValue.fromN(Long.toString(at)), "publish_state", AttributeValue.fromS(state))));
      }
    }
    try (CloudWatchClient cw = client(CloudWatchClient.builder())) {
      Instant t = capturedAt.minus(Duration.ofMinutes(5));
      cw.putMetricData(r -> r.namespace("moto/ig").metricData(m -> m.metricName("ig_admission_freshness_seconds")
          .dimensions(d -> d.name("platform_run_id").value(run)).timestamp(t).value(7.0).unit(StandardUnit.SECONDS)));
      for (String[] m : new String[][] {{"evidence_emit_latency_ms", "9"}, {"evidence_bytes_per_event", "512"},
          {"evidence_write_rate_per_s", "30"}}) {
        cw.putMetricData(r -> r.namespace("moto/evidence").metricData(d -> d.metricName(m[0]).timestamp(t)
            .value(Double.parseDouble(m[1]))));
      }
    }
    try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build()) {
      s3.createBucket(r -> r.bucket("moto-evidence").createBucketConfiguration(c -> c.locationConstraint("eu-west-2")));
      s3.putObject(r -> r.bucket("moto-evidence").key("run_control/m6f_x/m6f_execution_summary.json"),
          RequestBody.fromString("{\"phase\":\"P6\",\"lane\":\"M6.F\",\"execution_id\":\"m6f_x\",\"captured_at\":"
              + "\"2026-02-25T17:00:00Z\",\"overall_pass\":true,\"blocker_count\":0,\"blocker_codes\":[],"
              + "\"next_gate\":\"M6.G_READY\",\"checks\":[]}"));
      s3.putObject(r -> r.bucket("moto-evidence").key("run_control/m6f_x/publish_receipt.json"),
          RequestBody.fromString("{\"receipt_version\":1,\"execution_id\":\"m6f_x\",\"durable_readback_ok\":true}"));
    }
  }

  private static String post(String path, String json) {
    return post(path, json, null);
  }

  private static String post(String path, String json, String target) {
    try {
      java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
          (target == null ? java.net.http.HttpRequest.newBuilder(endpoint.resolve(path))
              : java.net.http.HttpRequest.newBuilder(endpoint.resolve(path)).header("X-Amz-Target", target))
              .header("Content-Type", target == null ? "application/json" : "application/x-amz-json-1.1")
              .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/eu-west-2/"
                  + (target == null ? "emr-containers" : "kinesisanalytics") + "/aws4_request, "
                  + "SignedHeaders=host, Signature=0")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("moto seeding `" + path + "` answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  private Collected collect(String lane, String path, String laneResults) {
    world.healthy();
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", path).pin("EMR_EKS_VIRTUAL_CLUSTER_ID", virtualCluster)
        .pin("IG_IDEMPOTENCY_TABLE", "moto-ig-idempotency").pin("IG_IDEMPOTENCY_RUN_INDEX", "TO_PIN")
        .pin("IG_METRICS_NAMESPACE", "moto/ig").pin("EVIDENCE_METRICS_NAMESPACE", "moto/evidence");
    CollectionRequest r = new CollectionRequest("P6", lane, "moto_test", run, capturedAt, null, world.registry(), laneResults);
    CollectionSettings s = new CollectionSettings("eu-west-2", null, endpoint, Map.of(), world.endpoint(),
        Duration.ofSeconds(30), Duration.ofSeconds(180), 1);
    return new Collected(GateCollector.collect(r, s, System.err::println));
  }

  @Test
  void eksPath_nodegroupAndClusterFromMoto() {
    Collected c = collect("M6.F", "EKS_FLINK_OPERATOR", null);

    assertThat(c.only(Nodegroup.class).status()).isEqualTo(NodegroupStatus.ACTIVE);
    assertThat(c.only(RuntimeSubstrate.class).available()).isTrue();
  }

  @Test
  void emrPath_jobRunsAndVirtualClusterFromMoto() {
    Collected c = collect("M6.F", "EKS_EMR_ON_EKS", null);

    if (c.all(LaneState.class).isEmpty()) {
      // moto 5.2 answers EMR on EKS with timestamps the SDK cannot parse: the reads must fail closed, typed.
      c.hasError("lane_state", ErrorType.MALFORMED).hasError("runtime_substrate", ErrorType.MALFORMED);
    } else {
      assertThat(c.all(LaneState.class)).hasSize(2).allMatch(l -> l.state() != LaneStatus.ABSENT);
      assertThat(c.only(RuntimeSubstrate.class).available()).isTrue();
    }
  }

  @Test
  void msfPath_existingAndMissingApplications() {
    Collected c = collect("M6.F", "MSF_MANAGED", null);

    // A missing application is ABSENT; moto 5.2 answers it with HTTP 500, which must then be a typed error.
    assertThat(c.all(LaneState.class)).filteredOn(l -> l.laneRef().equals("FLINK_APP_SR_READY_V0"))
        .allMatch(l -> l.state() == LaneStatus.ABSENT);
    assertThat(c.all(LaneState.class).stream().anyMatch(l -> l.laneRef().equals("FLINK_APP_SR_READY_V0"))
        || c.errors().stream().anyMatch(e -> e.target().equals("FLINK_APP_SR_READY_V0"))).isTrue();
    if (c.all(LaneState.class).stream().noneMatch(l -> l.laneRef().equals("FLINK_APP_WSP_STREAM_V0"))) {
      // moto 5.2 answers DescribeApplication with a timestamp the SDK cannot parse: the read must fail closed, typed.
      c.hasError("lane_state", ErrorType.MALFORMED);
    } else {
      assertThat(c.all(LaneState.class)).filteredOn(l -> l.laneRef().equals("FLINK_APP_WSP_STREAM_V0"))
          .singleElement().extracting(LaneState::state).isNotEqualTo(LaneStatus.ABSENT);
    }
  }

  @Test
  void ingestCountersAndMetricsFromMoto() {
    Collected c = collect("M6.F", "EKS_FLINK_OPERATOR", null);

    assertThat(c.only(AdmissionProgress.class).admittedCount()).isEqualTo(4);
    assertThat(c.only(PublishAmbiguity.class).unresolvedCount()).isEqualTo(1);
    assertThat(c.only(LagPosture.class).measuredLagSeconds()).isEqualTo(7.0);
    assertThat(c.errors()).noneMatch(e -> e.targetKind().equals("lag_posture"));
    if (c.all(EvidenceOverhead.class).isEmpty()) {
      // moto 5.2 answers the p95 extended statistic with HTTP 500: the read must then fail closed as an error.
      assertThat(c.errors()).anyMatch(e -> e.targetKind().equals("evidence_overhead"));
    } else {
      assertThat(c.only(EvidenceOverhead.class).bytesPerEvent()).isEqualTo(512.0);
    }
  }

  @Test
  void laneResultsFromMotoS3() {
    Collected c = collect("M6.G", "EKS_FLINK_OPERATOR", "s3://moto-evidence/run_control/");

    assertThat(c.hasNoErrors().only(LaneResult.class).durableReadbackOk()).isTrue();
  }

  @Test
  void missingTableOnMoto_isNotFound() {
    world.healthy();
    Collected c = collect("M6.F", "EKS_FLINK_OPERATOR", null);
    world.pin("IG_IDEMPOTENCY_TABLE", "no-such-table");
    CollectionRequest r = new CollectionRequest("P6", "M6.F", "moto_test", run, capturedAt, null, world.registry(), null);
    CollectionSettings s = new CollectionSettings("eu-west-2", null, endpoint, Map.of(), world.endpoint(),
        Duration.ofSeconds(30), Duration.ofSeconds(180), 1);

    new Collected(GateCollector.collect(r, s, l -> { })).hasError("admission_progress", ErrorType.NOT_FOUND);
    assertThat(c.all(AdmissionProgress.class)).isNotEmpty();
  }
}
