package dev.gateadjudicator.rules;

import java.util.List;

/**
 * A policy-table row of the gate lane, from the {@code gate_rollup} of the phase's {@code taxonomy.json}: a
 * rolled-up lane result that shows {@code inconsistency} raises {@code code} under {@code check}. The engine inserts
 * one row per inconsistency, each resolved from the phase's routes: the inconsistency's own route, else (for
 * {@link #NOT_READ_BACK}) the phase's {@code durable_publish_blocker}, else the {@code *} route, which the policy
 * linter requires of every phase with a gate lane, so an inconsistency always fails closed.
 *
 * @param inconsistency what is wrong with the rollup, one of {@link #INCONSISTENCIES}
 * @param code the code raised
 * @param check the check reported under, or {@code null} for the code's own
 */
public record RollupRoute(String inconsistency, String code, String check) {
  /** The route key that catches every inconsistency without a route of its own. */
  public static final String ANY = "*";
  /** A rolled-up lane has no {@code lane_result}. */
  public static final String LANE_MISSING = "lane_missing";
  /** An effective result's pass flag, blocker count and codes disagree. */
  public static final String SELF_CONTRADICTING = "self_contradicting";
  /** Two results of one lane at one instant disagree. */
  public static final String SAME_INSTANT_DISAGREEMENT = "same_instant_disagreement";
  /** A passing result hands over to another gate than its lane's {@code next_gate}. */
  public static final String WRONG_NEXT_GATE = "wrong_next_gate";
  /** An effective result's evidence did not read back durably. */
  public static final String NOT_READ_BACK = "not_read_back";
  /** A result records a code outside the phase's taxonomy. */
  public static final String UNKNOWN_CODE = "unknown_code";
  /** An effective result records a code outside its lane's family ({@code codes}). */
  public static final String FOREIGN_CODE = "foreign_code";
  /** A result's execution id is not an execution of its lane. */
  public static final String OTHER_LANES_EXECUTION = "other_lanes_execution";
  /** A result was captured after the gate's own {@code captured_at}. */
  public static final String CAPTURED_AFTER_GATE = "captured_after_gate";
  /** Every inconsistency the shared rollup rules raise, in the order the engine inserts their rows. */
  public static final List<String> INCONSISTENCIES = List.of(LANE_MISSING, SELF_CONTRADICTING,
      SAME_INSTANT_DISAGREEMENT, WRONG_NEXT_GATE, NOT_READ_BACK, UNKNOWN_CODE, FOREIGN_CODE, OTHER_LANES_EXECUTION,
      CAPTURED_AFTER_GATE);
}
