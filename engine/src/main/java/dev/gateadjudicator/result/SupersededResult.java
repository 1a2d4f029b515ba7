package dev.gateadjudicator.result;

import java.time.Instant;

/**
 * A lane result that a later one superseded: history, not counted.
 *
 * @param lane the lane
 * @param executionId the superseded execution
 * @param capturedAt its capture time
 * @param overallPass its recorded pass flag
 * @param supersededBy the effective execution
 */
public record SupersededResult(
    String lane, String executionId, Instant capturedAt, boolean overallPass, String supersededBy) {}
