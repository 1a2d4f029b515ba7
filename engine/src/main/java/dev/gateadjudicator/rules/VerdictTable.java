package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.Severity;
import java.util.List;

/**
 * A policy-table row, one per phase, from the phase's {@code taxonomy.json}: how its lanes' verdicts read.
 *
 * @param heldLaneNextGate the next gate a lane (not the gate lane) names when it holds, for example {@code BLOCKED}
 * @param gateResiduals severities of counted blockers the gate lane carries as residuals instead of holding, and
 *     that a previous-lane precondition accepts
 */
public record VerdictTable(String heldLaneNextGate, List<Severity> gateResiduals) {
  /** Copies the list. */
  public VerdictTable {
    gateResiduals = List.copyOf(gateResiduals);
  }
}
