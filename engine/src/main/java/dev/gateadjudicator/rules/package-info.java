/**
 * The vocabulary DRL rules see besides the facts: the execution context, requirement and derived facts, the
 * {@code findings} and {@code decisions} globals rules raise blockers and decide verdicts into, and the values they
 * carry into the result ({@link dev.gateadjudicator.rules.Severity}, {@link dev.gateadjudicator.rules.Verdict},
 * {@link dev.gateadjudicator.rules.FactRef}, {@link dev.gateadjudicator.rules.BlockerDefinition}).
 */
package dev.gateadjudicator.rules;
