package dev.gateadjudicator.rules;

import dev.gateadjudicator.Severity;
import dev.gateadjudicator.FactRef;
import java.util.List;

/**
 * One blocker finding a classification rule raised, with the taxonomy entry of its code.
 * Verdict rules match these; the register groups them by code.
 *
 * @param code the blocker code
 * @param severity its severity
 * @param resetRequired whether it requires a reset: its code's flag, or for a code carried at a gate, the flag
 *     of the lane code that was raised
 * @param check the check it belongs to
 * @param rule the rule that raised it
 * @param subject what it is about (a handle, a lane, a nodegroup...)
 * @param detail what was wrong
 * @param facts the facts (and handles) the rule matched, sorted
 * @param waivedBy the id of the live waiver that covers it, or {@code null}
 */
public record Finding(
    String code,
    Severity severity,
    boolean resetRequired,
    String check,
    String rule,
    String subject,
    String detail,
    List<FactRef> facts,
    String waivedBy) {

  /** Copies and sorts the fact ids. */
  public Finding {
    facts = facts.stream().distinct().sorted().toList();
  }

  /**
   * Whether the finding counts toward the verdict (it is not waived).
   *
   * @return true when counted
   */
  public boolean counted() {
    return waivedBy == null;
  }
}
