package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The measured consumer lag, or why it could not be measured.
 *
 * <p>{@code lag_metric} names the metric the lag was measured from (for example
 * {@code ig_admission_freshness_seconds}); the rules judge it through {@link #metric()}. {@code source} means what
 * it means for every fact: where the fact was read. Fact sets written before {@code lag_metric} existed carried the
 * metric in {@code source}; they keep loading unchanged (their digest, ids and artifacts are as before), and for a
 * {@code lag_posture} without {@code lag_metric} its {@code source} is read as the metric.
 *
 * @param id fact id
 * @param source where it was read, for example {@code cloudwatch:GetMetricData}; in a fact without
 *     {@code lagMetric}, the lag metric
 * @param lagMetric the metric the lag was measured from, or {@code null} in a fact written before the field existed
 * @param measuredLagSeconds the lag, or {@code null} when unavailable
 * @param unavailableReason why it is unavailable, or {@code null}
 */
@JsonTypeName("lag_posture")
public record LagPosture(
    String id,
    String source,
    String lagMetric,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double measuredLagSeconds,
    @JsonInclude(JsonInclude.Include.ALWAYS) String unavailableReason)
    implements Fact {
  /** Validates the fields. */
  public LagPosture {
    if (lagMetric != null) {
      Require.text(lagMetric, "lag_metric");
    }
    if (measuredLagSeconds != null) {
      Require.nonNegative(measuredLagSeconds, "measured_lag_seconds");
    }
  }

  /**
   * The metric the lag was measured from: {@code lag_metric}, or in a fact written before that field existed
   * (which has none), its {@code source}.
   *
   * @return the metric name, or {@code null} when the fact names none
   */
  public String metric() {
    return lagMetric != null ? lagMetric : source;
  }

  /**
   * Whether a lag figure was measured.
   *
   * @return true when {@code measured_lag_seconds} is present
   */
  public boolean measured() {
    return measuredLagSeconds != null;
  }

  @Override
  public LagPosture withId(String newId) {
    return new LagPosture(newId, source, lagMetric, measuredLagSeconds, unavailableReason);
  }
}
