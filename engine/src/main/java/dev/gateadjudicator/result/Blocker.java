package dev.gateadjudicator.result;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One distinct blocker code in a register: its taxonomy definition as this register applies it, written flat
 * beside the findings, and every finding under it.
 *
 * @param definition the code's taxonomy definition, with the check its findings were reported under and whether
 *     it requires a reset here (a carried code follows the lane code actually raised); its phase and waiver
 *     opt-in are not written
 * @param findings the findings, sorted
 */
public record Blocker(
    @JsonUnwrapped @JsonIgnoreProperties({"phase", "waivable"}) BlockerDefinition definition,
    List<FindingEntry> findings) {
  /** Copies the findings. */
  public Blocker {
    findings = List.copyOf(findings);
  }

  /** @return the code */
  public String code() {
    return definition.code();
  }

  /** @return the taxonomy title */
  public String title() {
    return definition.title();
  }

  /** @return the severity */
  public Severity severity() {
    return definition.severity();
  }

  /** @return whether it requires a reset in this register */
  public boolean resetRequired() {
    return definition.resetRequired();
  }

  /** @return the check its findings were reported under */
  public String check() {
    return definition.check();
  }

  /** @return the taxonomy remediation text */
  public String remediation() {
    return definition.remediation();
  }

  /** @return the phase-level code it rolls up to, or {@code null} */
  public String rollsUpTo() {
    return definition.rollsUpTo();
  }
}
