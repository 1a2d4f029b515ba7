package dev.gateadjudicator.rules;

/**
 * A policy-table row, one per lane of the phase being adjudicated, from the phase's {@code taxonomy.json}: the
 * lane, whether it is the gate lane, and the gate it passes (or the gate lane advances) to.
 *
 * @param lane lane id, for example {@code M2.A}
 * @param order its position among the phase's lanes, from 0
 * @param gate whether it is the phase's gate lane
 * @param nextGate the next gate on a pass, for example {@code M2.B_READY} or {@code M3_READY}
 * @param prefix the prefix of its artifacts and execution ids, for example {@code m2a}
 */
public record PhaseLane(String lane, int order, boolean gate, String nextGate, String prefix) {}
