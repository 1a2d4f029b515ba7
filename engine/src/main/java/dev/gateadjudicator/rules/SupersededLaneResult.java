package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.result.FactRef;
import java.util.List;

/**
 * An older lane result that a later one of the same lane supersedes; listed in the rollup matrix, not counted.
 *
 * @param lane the lane
 * @param result the superseded result
 * @param supersededBy execution id of the effective result
 */
public record SupersededLaneResult(String lane, LaneResult result, String supersededBy) implements Derived {
  @Override
  public List<FactRef> facts() {
    return List.of(new FactRef(result.id(), result.kind()));
  }
}
