package dev.gateadjudicator.rules;

import dev.gateadjudicator.Severity;

/**
 * One entry of a phase's blocker taxonomy, inserted into every session so rules can read it.
 *
 * @param phase the phase, for example {@code P6}
 * @param code the blocker code, for example {@code M6P6-B2}
 * @param title short title
 * @param severity severity
 * @param resetRequired whether an active blocker of this code requires a run reset
 * @param check the verification check it belongs to
 * @param remediation what to do about it
 * @param rollsUpTo the phase-level code it rolls up to in the gate register, or {@code null}
 * @param waivable whether a waiver may apply even though it is S1/S2 or reset-required (the taxonomy opts in)
 */
public record BlockerDefinition(
    String phase,
    String code,
    String title,
    Severity severity,
    boolean resetRequired,
    String check,
    String remediation,
    String rollsUpTo,
    boolean waivable) {}
