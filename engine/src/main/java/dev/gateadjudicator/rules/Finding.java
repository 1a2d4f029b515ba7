package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.FactRef;
import dev.gateadjudicator.result.Severity;
import java.util.List;

/**
 * One blocker finding a classification rule raised. It holds the taxonomy definition of its code and reads
 * severity, reset and check from it (no copies). Verdict rules match these; the register groups them by code.
 *
 * @param definition the taxonomy definition of the code raised
 * @param reportedCheck the check it is reported under when a rule names another than the code's own
 *     ({@code @check}, or a table's check), or {@code null} for the code's own
 * @param carriedFrom for a lane code carried into a gate register as the code it rolls up to, the definition of
 *     the lane code that was raised (its reset flag applies), or {@code null}
 * @param rule the rule that raised it
 * @param subject what it is about (a handle, a lane, a nodegroup...)
 * @param detail what was wrong
 * @param facts the facts (and handles) the rule matched, sorted
 * @param waivedBy the id of the live waiver that covers it, or {@code null}
 */
public record Finding(
    BlockerDefinition definition,
    String reportedCheck,
    BlockerDefinition carriedFrom,
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
   * The blocker code.
   *
   * @return the code of its definition
   */
  public String code() {
    return definition.code();
  }

  /**
   * Its severity.
   *
   * @return the severity of its code
   */
  public Severity severity() {
    return definition.severity();
  }

  /**
   * Whether it requires a reset: its code's flag, or for a code carried at a gate, the flag of the lane code
   * that was raised.
   *
   * @return true when reset-required
   */
  public boolean resetRequired() {
    return (carriedFrom == null ? definition : carriedFrom).resetRequired();
  }

  /**
   * The check it is reported under.
   *
   * @return the rule's or table's check, else its code's own
   */
  public String check() {
    return reportedCheck == null ? definition.check() : reportedCheck;
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
