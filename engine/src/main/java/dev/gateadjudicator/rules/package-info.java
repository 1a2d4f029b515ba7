/**
 * The vocabulary DRL rules see besides the facts: the execution context, requirement and derived facts, and the
 * {@code findings} and {@code decisions} globals rules raise blockers and decide verdicts into. The values they carry
 * into the result ({@link dev.gateadjudicator.result.Severity}, {@link dev.gateadjudicator.result.Verdict},
 * {@link dev.gateadjudicator.result.FactRef}, {@link dev.gateadjudicator.result.BlockerDefinition}) belong to the
 * result package, which DRL files that name them import as well.
 */
package dev.gateadjudicator.rules;
