package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The measured consumer lag, or why it could not be measured.
 *
 * <p>For this kind {@code source} names the lag measurement source (for example the metric
 * {@code ig_admission_freshness_seconds}); the rules judge it.
 *
 * @param id fact id
 * @param source the lag measurement source
 * @param measuredLagSeconds the lag, or {@code null} when unavailable
 * @param unavailableReason why it is unavailable, or {@code null}
 */
@JsonTypeName("lag_posture")
public record LagPosture(
    String id,
    String source,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double measuredLagSeconds,
    @JsonInclude(JsonInclude.Include.ALWAYS) String unavailableReason)
    implements Fact {
  /** Validates the fields. */
  public LagPosture {
    if (measuredLagSeconds != null) {
      Require.nonNegative(measuredLagSeconds, "measured_lag_seconds");
    }
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
    return new LagPosture(newId, source, measuredLagSeconds, unavailableReason);
  }
}
