package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.AdmissionProgress;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.PublishAmbiguity;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Ingest counters read from DynamoDB with {@code Select: COUNT} (no item is kept), paginated to the end.
 *
 * <ul>
 *   <li>Run-window admissions: DynamoDB {@code Query} on the index {@code IG_IDEMPOTENCY_RUN_INDEX}
 *       (hash key {@code platform_run_id}, range key {@code admitted_at_epoch}) of {@code IG_IDEMPOTENCY_TABLE},
 *       or a {@code Scan} with the same filter when no index is pinned.
 *   <li>Publish ambiguity: DynamoDB {@code Scan} of {@code IG_PUBLISH_OUTCOME_TABLE} (default:
 *       {@code IG_IDEMPOTENCY_TABLE}) for the run's records whose {@code publish_state} is {@code PUBLISH_UNKNOWN}.
 * </ul>
 */
final class Ingest {
  /** The publish state of an unresolved publish outcome. */
  static final String PUBLISH_UNKNOWN = "PUBLISH_UNKNOWN";

  private Ingest() {}

  /**
   * The run-window admissions probe.
   *
   * @param ctx the collection context
   * @return the probe
   */
  public static Probe admissions(Context ctx) {
    return new Probe("ig-admissions", "admission_progress", java.util.Objects.requireNonNullElse(ctx.optional("IG_IDEMPOTENCY_TABLE"), "IG_IDEMPOTENCY_TABLE"),
        () -> List.of(countAdmissions(ctx)));
  }

  /**
   * The publish ambiguity probe.
   *
   * @param ctx the collection context
   * @return the probe
   */
  public static Probe ambiguity(Context ctx) {
    String table = ctx.optional("IG_PUBLISH_OUTCOME_TABLE");
    return new Probe("ig-publish-ambiguity", "publish_ambiguity",
        java.util.Objects.requireNonNullElse(table != null ? table : ctx.optional("IG_IDEMPOTENCY_TABLE"), "IG_IDEMPOTENCY_TABLE"), () -> List.of(countUnknown(ctx)));
  }

  private static Fact countAdmissions(Context ctx) {
    String table = ctx.required("IG_IDEMPOTENCY_TABLE");
    String index = ctx.optional("IG_IDEMPOTENCY_RUN_INDEX");
    String run = ctx.platformRunId();
    var start = ctx.windowStart();
    var end = ctx.windowEnd();
    Map<String, String> names = Map.of("#r", "platform_run_id", "#t", "admitted_at_epoch");
    Map<String, AttributeValue> values = Map.of(
        ":r", AttributeValue.fromS(run),
        ":a", AttributeValue.fromN(Long.toString(start.getEpochSecond())),
        ":b", AttributeValue.fromN(Long.toString(end.getEpochSecond())));
    String condition = "#r = :r AND #t BETWEEN :a AND :b";
    DynamoDbClient ddb = ctx.clients().dynamodb();
    long count;
    String source;
    if (index != null) {
      count = ddb.queryPaginator(r -> r.tableName(table).indexName(index).select(Select.COUNT)
              .keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values))
          .stream().mapToLong(p -> p.count()).sum();
      source = "dynamodb:Query " + table + "/" + index;
    } else {
      count = ddb.scanPaginator(r -> r.tableName(table).select(Select.COUNT).consistentRead(true)
              .filterExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values))
          .stream().mapToLong(p -> p.count()).sum();
      source = "dynamodb:Scan " + table;
    }
    return new AdmissionProgress(null, source, run, start, end, count);
  }

  private static Fact countUnknown(Context ctx) {
    String table = ctx.optional("IG_PUBLISH_OUTCOME_TABLE");
    String t = table != null ? table : ctx.required("IG_IDEMPOTENCY_TABLE");
    String run = ctx.platformRunId();
    long count = ctx.clients().dynamodb().scanPaginator(r -> r.tableName(t).select(Select.COUNT).consistentRead(true)
            .filterExpression("#r = :r AND #s = :u")
            .expressionAttributeNames(Map.of("#r", "platform_run_id", "#s", "publish_state"))
            .expressionAttributeValues(Map.of(":r", AttributeValue.fromS(run), ":u", AttributeValue.fromS(PUBLISH_UNKNOWN))))
        .stream().mapToLong(p -> p.count()).sum();
    return new PublishAmbiguity(null, "dynamodb:Scan " + t + " publish_state=PUBLISH_UNKNOWN", count);
  }
}
