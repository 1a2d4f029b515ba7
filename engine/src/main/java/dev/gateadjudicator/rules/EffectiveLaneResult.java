package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.result.FactRef;
import java.util.List;

/**
 * The lane result a gate rolls up for its lane: by default the latest by {@code captured_at}.
 *
 * @param lane the lane
 * @param result the effective result
 */
public record EffectiveLaneResult(String lane, LaneResult result) implements Derived {
  @Override
  public List<FactRef> facts() {
    return List.of(new FactRef(result.id(), result.kind()));
  }
}
