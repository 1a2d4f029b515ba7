package dev.gateadjudicator.rules;

/**
 * A policy-table row, from the {@code previous_lane} of the current lane in the phase's {@code taxonomy.json}:
 * the lane's precondition is a passing result of the previous lane. The latest {@code lane_result} of
 * {@code lane} is effective; one that failed on anything but the phase's residual severities, or none at all,
 * raises {@code code} under {@code check}.
 *
 * @param lane the previous lane, for example {@code M2.A}
 * @param code the code a failed or missing precondition raises
 * @param check the check reported under, or {@code null} for the code's own
 */
public record PreviousLane(String lane, String code, String check) {}
