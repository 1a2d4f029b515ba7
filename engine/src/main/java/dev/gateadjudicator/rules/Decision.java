package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.Verdict;

/**
 * What one verdict rule decided.
 *
 * @param verdict the verdict
 * @param nextGate the next gate it names
 * @param rule the rule that decided it
 */
public record Decision(Verdict verdict, String nextGate, String rule) {}
