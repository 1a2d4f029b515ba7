package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.collect.testing.AwsWorld;
import dev.gateadjudicator.fact.AdmissionProgress;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.PublishAmbiguity;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** The ingest counters against DynamoDB Local, in process, over real HTTP. */
class DynamoDbLocalTest {
  private static final String TABLE = "fraud-platform-dev-full-ig-idempotency";
  private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
  private static DynamoDBProxyServer server;
  private static URI endpoint;
  private static AwsWorld world;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-port", Integer.toString(port)});
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + port);
    world = new AwsWorld();
    try (DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_2).build()) {
      ddb.createTable(t -> t.tableName(TABLE)
          .attributeDefinitions(
              a -> a.attributeName("dedupe_key").attributeType(ScalarAttributeType.S),
              a -> a.attributeName("platform_run_id").attributeType(ScalarAttributeType.S),
              a -> a.attributeName("admitted_at_epoch").attributeType(ScalarAttributeType.N))
          .keySchema(k -> k.attributeName("dedupe_key").keyType(KeyType.HASH))
          .globalSecondaryIndexes(g -> g.indexName("by_platform_run")
              .keySchema(k -> k.attributeName("platform_run_id").keyType(KeyType.HASH),
                  k -> k.attributeName("admitted_at_epoch").keyType(KeyType.RANGE))
              .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
              .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)))
          .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
      long inWindow = Instant.parse("2026-02-25T16:00:00Z").getEpochSecond();
      long before = Instant.parse("2026-02-25T14:00:00Z").getEpochSecond();
      put(ddb, "a1", AwsWorld.RUN, inWindow, "PUBLISHED");
      put(ddb, "a2", AwsWorld.RUN, inWindow + 1, "PUBLISHED");
      put(ddb, "a3", AwsWorld.RUN, inWindow + 2, "PUBLISH_UNKNOWN");
      put(ddb, "a4", AwsWorld.RUN, inWindow + 3, "PUBLISH_UNKNOWN");
      put(ddb, "a5", AwsWorld.RUN, AwsWorld.CAPTURED_AT.getEpochSecond(), "PUBLISHED");
      put(ddb, "old1", AwsWorld.RUN, before, "PUBLISHED");
      put(ddb, "late1", AwsWorld.RUN, AwsWorld.CAPTURED_AT.getEpochSecond() + 1, "PUBLISHED");
      put(ddb, "other1", "platform_20260225T090000Z", inWindow, "PUBLISH_UNKNOWN");
      put(ddb, "other2", "platform_20260225T090000Z", inWindow, "PUBLISHED");
    }
  }

  private static void put(DynamoDbClient ddb, String key, String run, long at, String state) {
    ddb.putItem(p -> p.tableName(TABLE).item(Map.of(
        "dedupe_key", AttributeValue.fromS(key),
        "platform_run_id", AttributeValue.fromS(run),
        "admitted_at_epoch", AttributeValue.fromN(Long.toString(at)),
        "publish_state", AttributeValue.fromS(state))));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    world.close();
  }

  private Collected collect() {
    CollectionSettings s = new CollectionSettings("eu-west-2", null, NOWHERE, Map.of("dynamodb", endpoint), NOWHERE,
        Duration.ofSeconds(30), Duration.ofSeconds(180), 1);
    return new Collected(GateCollector.collect(world.request("M6.F"), s, l -> { }));
  }

  @Test
  void admissions_countedOnTheRunIndexWithinTheWindow() {
    world.healthy();

    AdmissionProgress a = new Collected(collect().factSet()).only(AdmissionProgress.class);

    assertThat(a.admittedCount()).isEqualTo(5);
    assertThat(a.source()).isEqualTo("dynamodb:Query " + TABLE + "/by_platform_run");
  }

  @Test
  void admissions_countedByScanWithoutAnIndex() {
    world.healthy();
    world.pin("IG_IDEMPOTENCY_RUN_INDEX", "TO_PIN");

    AdmissionProgress a = collect().only(AdmissionProgress.class);

    assertThat(a.admittedCount()).isEqualTo(5);
    assertThat(a.source()).startsWith("dynamodb:Scan");
  }

  @Test
  void ambiguity_countsOnlyTheRunsPublishUnknownRecords() {
    world.healthy();

    assertThat(collect().only(PublishAmbiguity.class).unresolvedCount()).isEqualTo(2);
  }

  @Test
  void missingTable_isNotFoundForBothCounters() {
    world.healthy();
    world.pin("IG_IDEMPOTENCY_TABLE", "no-such-table");

    collect().hasError("admission_progress", ErrorType.NOT_FOUND).hasError("publish_ambiguity", ErrorType.NOT_FOUND);
  }

  @Test
  void unreachableServices_areErrorsNotExceptions() {
    world.healthy();

    Collected c = collect();

    c.hasError("lane_state", ErrorType.UNKNOWN).hasError("lag_posture", ErrorType.UNKNOWN);
    assertThat(c.errors()).allSatisfy(e -> assertThat(e.targetKind()).isNotIn("admission_progress", "publish_ambiguity"));
  }
}
