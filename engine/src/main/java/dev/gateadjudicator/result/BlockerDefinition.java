package dev.gateadjudicator.result;

/**
 * One entry of a phase's blocker taxonomy: the one record of a blocker code's definition. It is read from the
 * {@code blockers} list of the phase's {@code taxonomy.json} (the phase filled in from the file), inserted into
 * every session of its phase so rules can read it, listed by {@link dev.gateadjudicator.PolicyInfo#codes()}, and
 * embedded flat in each {@link Blocker} of a register. A rule's finding holds the definition of its code rather
 * than copies of its fields.
 *
 * @param phase the phase, for example {@code P6}
 * @param code the blocker code, for example {@code M6P6-B2}
 * @param title short title
 * @param severity severity
 * @param resetRequired whether an active blocker of this code requires a run reset
 * @param check the verification check it belongs to
 * @param remediation what to do about it
 * @param rollsUpTo the phase-level code it rolls up to in the gate register, or {@code null}
 * @param waivable whether a waiver may apply even though it is S1/S2 or reset-required (the taxonomy opts in;
 *     false when the entry says nothing)
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
    Boolean waivable) {

  /** Defaults {@code waivable} to false when the taxonomy entry says nothing. */
  public BlockerDefinition {
    waivable = Boolean.TRUE.equals(waivable);
  }

  /**
   * This definition in a phase.
   *
   * @param phase the phase whose taxonomy lists it
   * @return the definition with its phase set
   */
  public BlockerDefinition inPhase(String phase) {
    return new BlockerDefinition(phase, code, title, severity, resetRequired, check, remediation, rollsUpTo,
        waivable);
  }

  /**
   * This definition as one register applies it: reported under a check, and reset-required or not according to
   * the findings raised under it (a carried code follows the lane code actually raised).
   *
   * @param reportedCheck the check its findings were reported under
   * @param reset whether it requires a reset in this register
   * @return the definition with those two fields replaced
   */
  public BlockerDefinition appliedAs(String reportedCheck, boolean reset) {
    return new BlockerDefinition(phase, code, title, severity, reset, reportedCheck, remediation, rollsUpTo,
        waivable);
  }
}
