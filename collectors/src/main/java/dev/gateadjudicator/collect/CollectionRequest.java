package dev.gateadjudicator.collect;

import java.time.Instant;

/**
 * What to collect: the lane execution a fact set is for, and where its inputs are pinned.
 *
 * @param phase the phase, for example {@code P6}
 * @param lane the lane, for example {@code M6.F}
 * @param executionId the execution id written into the fact set
 * @param platformRunId the platform run the facts belong to ({@code null} only for P0)
 * @param capturedAt the capture time written into the fact set; the end of the run window
 * @param windowStart the start of the run window for admission counts, or {@code null} to derive it
 *     from the {@code _YYYYMMDDTHHMMSSZ} suffix of {@code platformRunId}
 * @param registry the handle pins
 * @param laneResults a local folder or an {@code s3://bucket/prefix} holding earlier execution
 *     summaries, for gate lanes; {@code null} when not needed
 * @param terraformReceipts a local folder holding the Terraform command receipts and
 *     {@code terraform output -json} files a CI step saved (P0); {@code null} when not needed
 */
public record CollectionRequest(
    String phase,
    String lane,
    String executionId,
    String platformRunId,
    Instant capturedAt,
    Instant windowStart,
    HandleRegistry registry,
    String laneResults,
    java.nio.file.Path terraformReceipts) {

  /**
   * A request without Terraform receipts.
   *
   * @param phase the phase
   * @param lane the lane
   * @param executionId the execution id
   * @param platformRunId the platform run, or {@code null} for P0
   * @param capturedAt the capture time
   * @param windowStart the run window start, or {@code null}
   * @param registry the handle pins
   * @param laneResults earlier execution summaries, or {@code null}
   */
  public CollectionRequest(String phase, String lane, String executionId, String platformRunId, Instant capturedAt,
      Instant windowStart, HandleRegistry registry, String laneResults) {
    this(phase, lane, executionId, platformRunId, capturedAt, windowStart, registry, laneResults, null);
  }

  /** Validates the fields. */
  public CollectionRequest {
    text(phase, "phase");
    text(lane, "lane");
    text(executionId, "execution_id");
    if (capturedAt == null) {
      throw new IllegalArgumentException("`captured_at` is required");
    }
    if (registry == null) {
      throw new IllegalArgumentException("`registry` is required");
    }
    if (windowStart != null && windowStart.isAfter(capturedAt)) {
      throw new IllegalArgumentException("`window_start` must not be after `captured_at`");
    }
  }

  private static void text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("`" + field + "` must be a non-empty string");
    }
  }
}
