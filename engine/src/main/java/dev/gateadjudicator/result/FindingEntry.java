package dev.gateadjudicator.result;

import java.util.List;

/**
 * One finding under a blocker: what it is about, what was wrong, and its provenance.
 *
 * @param subject what it is about
 * @param detail what was wrong
 * @param rule the rule that raised it
 * @param facts the facts (and handles) the rule matched, sorted
 * @param waivedBy the waiver that covers it, or {@code null} for an active finding
 */
public record FindingEntry(String subject, String detail, String rule, List<FactRef> facts, String waivedBy) {
  /** Copies the ids. */
  public FindingEntry {
    facts = List.copyOf(facts);
  }
}
