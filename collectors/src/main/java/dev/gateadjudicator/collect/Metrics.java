package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.EvidenceOverhead;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LagPosture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * Figures read from CloudWatch metrics over the run window with {@code GetMetricData}.
 *
 * <ul>
 *   <li>Lag: the newest {@code Maximum} of {@code ig_admission_freshness_seconds} in {@code IG_METRICS_NAMESPACE}
 *       (dimensions {@code IG_METRICS_DIMENSIONS}); no datapoints is a {@code lag_posture} with an
 *       {@code unavailable_reason}, never a figure.
 *   <li>Evidence overhead: over the whole window, {@code p95} of {@code evidence_emit_latency_ms}, {@code Average} of
 *       {@code evidence_bytes_per_event} and {@code Maximum} of {@code evidence_write_rate_per_s} in
 *       {@code EVIDENCE_METRICS_NAMESPACE} (dimensions {@code EVIDENCE_METRICS_DIMENSIONS}); the worst
 *       datapoint counts, and a metric without datapoints fails the read.
 * </ul>
 *
 * <p>Dimension handles are comma-separated {@code Name=Value} pairs; {@code {platform_run_id}} in a value is
 * replaced by the run id.
 */
final class Metrics {
  /** The only metric the lag rules accept. */
  public static final String LAG_METRIC = "ig_admission_freshness_seconds";

  private Metrics() {}

  /**
   * The lag probe.
   *
   * @param ctx the collection context
   * @return the probe
   */
  public static Probe lag(Context ctx) {
    return new Probe("cloudwatch-lag", "lag_posture", LAG_METRIC, () -> List.of(readLag(ctx)));
  }

  /**
   * The evidence overhead probe.
   *
   * @param ctx the collection context
   * @return the probe
   */
  public static Probe overhead(Context ctx) {
    return new Probe("cloudwatch-evidence-overhead", "evidence_overhead",
        java.util.Objects.requireNonNullElse(ctx.optional("EVIDENCE_METRICS_NAMESPACE"), "EVIDENCE_METRICS_NAMESPACE"), () -> List.of(readOverhead(ctx)));
  }

  private static Fact readLag(Context ctx) {
    String ns = ctx.required("IG_METRICS_NAMESPACE");
    List<Dimension> dims = dimensions(ctx, "IG_METRICS_DIMENSIONS");
    Instant start = ctx.windowStart();
    Instant end = ctx.windowEnd();
    MetricDataQuery q = query("lag", ns, LAG_METRIC, dims, "Maximum", 60);
    List<MetricDataResult> results = fetch(ctx, List.of(q), start, end);
    List<Double> values = values(results, "lag");
    if (values.isEmpty()) {
      return new LagPosture(null, "cloudwatch:GetMetricData", LAG_METRIC, null,
          "no datapoints for `" + LAG_METRIC + "` in the run window " + start + " to " + end);
    }
    return new LagPosture(null, "cloudwatch:GetMetricData", LAG_METRIC, values.get(0), null);
  }

  private static Fact readOverhead(Context ctx) {
    String ns = ctx.required("EVIDENCE_METRICS_NAMESPACE");
    List<Dimension> dims = dimensions(ctx, "EVIDENCE_METRICS_DIMENSIONS");
    Instant start = ctx.windowStart();
    Instant end = ctx.windowEnd();
    long seconds = Math.max(60, Duration.between(start, end).getSeconds());
    int period = (int) Math.min(Integer.MAX_VALUE - 60, ((seconds + 59) / 60) * 60);
    List<MetricDataQuery> qs = List.of(
        query("latency", ns, "evidence_emit_latency_ms", dims, "p95", period),
        query("bytes", ns, "evidence_bytes_per_event", dims, "Average", period),
        query("rate", ns, "evidence_write_rate_per_s", dims, "Maximum", period));
    List<MetricDataResult> results = fetch(ctx, qs, start, end);
    return new EvidenceOverhead(null, "cloudwatch:GetMetricData " + ns,
        worst(results, "latency", "evidence_emit_latency_ms"),
        worst(results, "bytes", "evidence_bytes_per_event"),
        worst(results, "rate", "evidence_write_rate_per_s"));
  }

  private static List<MetricDataResult> fetch(Context ctx, List<MetricDataQuery> qs, Instant start, Instant end) {
    GetMetricDataRequest req = GetMetricDataRequest.builder().metricDataQueries(qs)
        .startTime(start).endTime(end.equals(start) ? end.plusSeconds(1) : end).scanBy(ScanBy.TIMESTAMP_DESCENDING).build();
    List<MetricDataResult> out = new ArrayList<>();
    ctx.clients().cloudwatch().getMetricDataPaginator(req).forEach(p -> out.addAll(p.metricDataResults()));
    return out;
  }

  private static List<Double> values(List<MetricDataResult> results, String id) {
    List<Double> out = new ArrayList<>();
    for (MetricDataResult r : results) {
      if (id.equals(r.id()) && r.hasValues()) {
        out.addAll(r.values());
      }
    }
    return out;
  }

  private static double worst(List<MetricDataResult> results, String id, String metric) {
    return values(results, id).stream().mapToDouble(Double::doubleValue).max()
        .orElseThrow(() -> new CollectionFailure(ErrorType.NOT_FOUND, "no datapoints for `" + metric + "` in the run window"));
  }

  private static MetricDataQuery query(String id, String ns, String metric, List<Dimension> dims, String stat, int period) {
    return MetricDataQuery.builder().id(id).returnData(true)
        .metricStat(s -> s.stat(stat).period(period).metric(m -> m.namespace(ns).metricName(metric).dimensions(dims)))
        .build();
  }

  private static List<Dimension> dimensions(Context ctx, String handle) {
    String raw = ctx.optional(handle);
    if (raw == null) {
      return List.of();
    }
    Map<String, String> seen = new HashMap<>();
    List<Dimension> out = new ArrayList<>();
    for (String pair : raw.split(",")) {
      String p = pair.trim();
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1 || seen.put(p.substring(0, eq).trim(), p) != null) {
        throw new CollectionFailure(ErrorType.MALFORMED, "handle `" + handle + "` must list distinct `Name=Value` pairs");
      }
      String value = p.substring(eq + 1).trim().replace("{platform_run_id}", ctx.platformRunIdOrEmpty());
      out.add(Dimension.builder().name(p.substring(0, eq).trim()).value(value).build());
    }
    return out;
  }
}
