package dev.gateadjudicator.rules;

/**
 * A lane a gate rolls up (a rule-derived fact).
 *
 * @param lane the rolled-up lane, e.g. {@code M6.E}
 * @param executionPrefix the prefix its execution ids carry before {@code _}, e.g. {@code m6e}, or {@code null}
 *     when the gate does not check it
 * @param nextGate the gate a passing result of the lane hands over to, e.g. {@code M6.F_READY}, or {@code null}
 *     when the gate checks it otherwise
 */
public record RollupLane(String lane, String executionPrefix, String nextGate) {
  /**
   * A rolled-up lane whose execution prefix and next gate are not checked by this record.
   *
   * @param lane the lane
   */
  public RollupLane(String lane) {
    this(lane, null, null);
  }
}
