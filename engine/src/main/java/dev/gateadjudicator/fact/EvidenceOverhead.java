package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What emitting runtime evidence costs the hot path.
 *
 * @param id fact id
 * @param source where it was read
 * @param latencyP95Ms p95 latency in milliseconds
 * @param bytesPerEvent evidence bytes emitted per event
 * @param writeRatePerS evidence writes per second
 */
@JsonTypeName("evidence_overhead")
public record EvidenceOverhead(
    String id, String source, double latencyP95Ms, double bytesPerEvent, double writeRatePerS)
    implements Fact {
  /** Validates the fields. */
  public EvidenceOverhead {
    Require.nonNegative(latencyP95Ms, "latency_p95_ms");
    Require.nonNegative(bytesPerEvent, "bytes_per_event");
    Require.nonNegative(writeRatePerS, "write_rate_per_s");
  }

  @Override
  public EvidenceOverhead withId(String newId) {
    return new EvidenceOverhead(newId, source, latencyP95Ms, bytesPerEvent, writeRatePerS);
  }
}
