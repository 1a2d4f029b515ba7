package dev.gateadjudicator.rules;

import java.time.Instant;

/**
 * The lane execution being adjudicated: the fact set's envelope plus what the policy catalog says of the lane.
 *
 * @param phase phase, for example {@code P6}
 * @param lane lane, for example {@code M6.F}
 * @param gate whether the lane is the phase's gate lane
 * @param executionId execution id
 * @param platformRunId platform run id, or {@code null}
 * @param capturedAt capture time
 */
public record Execution(
    String phase, String lane, boolean gate, String executionId, String platformRunId, Instant capturedAt) {}
