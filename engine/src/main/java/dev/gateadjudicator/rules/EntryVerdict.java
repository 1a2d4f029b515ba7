package dev.gateadjudicator.rules;

/**
 * A policy-table row of a lane, from its {@code entry_verdict} in the phase's {@code taxonomy.json}: the lane's
 * entry requires the previous phase's gate verdict, for example P5's {@code ADVANCE_TO_P6} for M6.E.
 *
 * @param phase the previous phase, for example {@code P5}
 * @param verdict the verdict its gate must have reached, for example {@code ADVANCE_TO_P6}
 */
public record EntryVerdict(String phase, String verdict) {}
