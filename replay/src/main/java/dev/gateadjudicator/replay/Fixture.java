package dev.gateadjudicator.replay;

import java.nio.file.Path;
import java.util.List;

/**
 * A fixture: a fact set ({@code NAME.factset.json}) and, beside it, its expected outcome
 * ({@code NAME.expected.json}).
 *
 * @param name the path of the fixture below the replayed folder, without suffix
 * @param factSet the fact-set file
 * @param description what the scenario is
 * @param source where in the plans it comes from
 * @param policy the bundled policy it is judged under ({@code default} unless it says otherwise)
 * @param rollsUp for a gate-lane fixture, the lane fact sets whose adjudications become its {@code lane_result}
 *     facts under the policy in use (resolved files; empty for an ordinary fixture)
 * @param expect what it expects
 */
public record Fixture(
    String name,
    Path factSet,
    String description,
    String source,
    String policy,
    List<Path> rollsUp,
    Expectation expect) {
  /** Copies the list. */
  public Fixture {
    rollsUp = List.copyOf(rollsUp);
  }
}
