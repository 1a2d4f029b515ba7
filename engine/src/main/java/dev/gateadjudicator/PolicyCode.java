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
 */
public record PolicyCode(String phase, String code, String title, Severity severity, boolean resetRequired,
    String check) {}
