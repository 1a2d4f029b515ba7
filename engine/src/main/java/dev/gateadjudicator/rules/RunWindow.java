package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.AdmissionProgress;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.result.FactRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window of one platform run, which run-scoped evidence (admissions) must lie inside: from the run's start to
 * the fact set's {@code captured_at}. The start is the pinned handle {@value #START_HANDLE} (an ISO-8601 instant)
 * when the fact set has one, else the timestamp the {@code platform_run_id} carries, e.g.
 * {@code platform_20260225T150000Z}. A start that cannot be read is a {@link #problem()}: nothing is inside.
 *
 * @param platformRunId the platform run
 * @param start the run's start, or {@code null} when unknown
 * @param end the fact set's {@code captured_at}
 * @param basis where the start came from
 * @param problem why the window is unknown, or {@code null}
 * @param facts the handle the start came from, if any
 */
public record RunWindow(
    String platformRunId, Instant start, Instant end, String basis, String problem, List<FactRef> facts)
    implements Derived {
  /** The optional handle pinning the run's start, an ISO-8601 instant. */
  public static final String START_HANDLE = "PLATFORM_RUN_STARTED_AT";

  private static final Pattern RUN_STAMP = Pattern.compile("(\\d{8}T\\d{6}Z)");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /**
   * The run window of an execution.
   *
   * @param e the execution (its platform run id and captured_at)
   * @param startHandle the {@value #START_HANDLE} handle, or {@code null} when the fact set has none
   * @return the window
   */
  public static RunWindow of(Execution e, Handle startHandle) {
    String run = e.platformRunId();
    if (startHandle != null) {
      List<FactRef> refs = List.of(Findings.ref(startHandle));
      if (!startHandle.pinned()) {
        return new RunWindow(run, null, e.capturedAt(), START_HANDLE, "`" + START_HANDLE + "` is `"
            + startHandle.text() + "`, not pinned: the run's start is unknown", refs);
      }
      try {
        return new RunWindow(run, Instant.parse(startHandle.text().trim()), e.capturedAt(), START_HANDLE, null, refs);
      } catch (DateTimeParseException ex) {
        return new RunWindow(run, null, e.capturedAt(), START_HANDLE, "`" + START_HANDLE + "` = `"
            + startHandle.text() + "` is not an ISO-8601 instant: the run's start is unknown", refs);
      }
    }
    Matcher m = run == null ? null : RUN_STAMP.matcher(run);
    if (m == null || !m.find()) {
      return new RunWindow(run, null, e.capturedAt(), "platform_run_id", "platform_run_id `" + run
          + "` carries no yyyyMMddTHHmmssZ timestamp and no `" + START_HANDLE + "` is given: the run's start is unknown",
          List.of());
    }
    try {
      Instant start = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
      return new RunWindow(run, start, e.capturedAt(), "platform_run_id", null, List.of());
    } catch (DateTimeParseException ex) {
      return new RunWindow(run, null, e.capturedAt(), "platform_run_id", "platform_run_id `" + run
          + "` carries `" + m.group(1) + "`, which is no valid time: the run's start is unknown", List.of());
    }
  }

  /**
   * Whether an admissions window lies inside this run window.
   *
   * @param a the admissions
   * @return {@code true} when inside
   */
  public boolean contains(AdmissionProgress a) {
    return contains(a.windowStart(), a.windowEnd());   // what outside(a) == null says, without building its text
  }

  /**
   * Whether a window lies inside this run window.
   *
   * @param windowStart the window's start
   * @param windowEnd the window's end
   * @return {@code true} when the run's start is known and the window is neither inverted nor outside
   */
  public boolean contains(Instant windowStart, Instant windowEnd) {
    return problem == null && !windowEnd.isBefore(windowStart) && !windowStart.isBefore(start) && !windowEnd.isAfter(end);
  }

  /**
   * Why an admissions window is not inside this run window.
   *
   * @param a the admissions
   * @return the reason with the instants compared, or {@code null} when inside
   */
  public String outside(AdmissionProgress a) {
    if (contains(a)) {
      return null;
    }
    String window = "admissions window [" + a.windowStart() + ", " + a.windowEnd() + "]";
    if (problem != null) {
      return window + " cannot be placed: " + problem;
    }
    if (a.windowEnd().isBefore(a.windowStart())) {
      return window + " is inverted";
    }
    if (a.windowStart().isBefore(start)) {
      return window + " starts before the run began at " + start + " (from " + basis + ")";
    }
    if (a.windowEnd().isAfter(end)) {
      return window + " ends after captured_at " + end;
    }
    return null;
  }
}
