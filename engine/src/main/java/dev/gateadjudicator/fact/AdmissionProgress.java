package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;

/**
 * How many events ingest admitted for a platform run within a window.
 *
 * @param id fact id
 * @param source where it was read
 * @param platformRunId the run the admissions belong to
 * @param windowStart window start (inclusive)
 * @param windowEnd window end (inclusive)
 * @param admittedCount admissions counted
 */
@JsonTypeName("admission_progress")
public record AdmissionProgress(
    String id, String source, String platformRunId, Instant windowStart, Instant windowEnd, long admittedCount)
    implements Fact {
  /** Validates the fields. */
  public AdmissionProgress {
    Require.text(platformRunId, "platform_run_id");
    Require.present(windowStart, "window_start");
    Require.present(windowEnd, "window_end");
    Require.nonNegative(admittedCount, "admitted_count");
  }

  @Override
  public AdmissionProgress withId(String newId) {
    return new AdmissionProgress(newId, source, platformRunId, windowStart, windowEnd, admittedCount);
  }
}
