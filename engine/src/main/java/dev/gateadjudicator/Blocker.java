package dev.gateadjudicator;

import java.util.List;

/**
 * One distinct blocker code in a register, with its taxonomy entry and every finding under it.
 *
 * @param code the code
 * @param title taxonomy title
 * @param severity severity
 * @param resetRequired whether it requires a reset
 * @param check the check it belongs to
 * @param remediation taxonomy remediation text
 * @param rollsUpTo the phase-level code it rolls up to, or {@code null}
 * @param findings the findings, sorted
 */
public record Blocker(
    String code,
    String title,
    Severity severity,
    boolean resetRequired,
    String check,
    String remediation,
    String rollsUpTo,
    List<FindingEntry> findings) {
  /** Copies the findings. */
  public Blocker {
    findings = List.copyOf(findings);
  }
}
