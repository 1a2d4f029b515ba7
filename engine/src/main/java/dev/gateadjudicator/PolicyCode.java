package dev.gateadjudicator;

/**
 * One blocker code of a policy's taxonomy.
 *
 * @param phase the phase
 * @param code the code
 * @param title title
 * @param severity severity
 * @param resetRequired whether it requires a reset
 * @param check the check it belongs to
 * @param waivable whether its taxonomy entry opts in to waivers although it is S1/S2 or reset-required
 */
public record PolicyCode(String phase, String code, String title, Severity severity, boolean resetRequired,
    String check, boolean waivable) {}
