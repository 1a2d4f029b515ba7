package dev.gateadjudicator.rules;

/**
 * A lane a gate lane rolls up; rules insert one per lane the gate expects.
 *
 * @param lane the lane, for example {@code M6.E}
 */
public record RollupLane(String lane) {}
