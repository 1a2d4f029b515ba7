/**
 * The adjudicator's entry points: build a {@link dev.gateadjudicator.GateEngine} once from a policy, call
 * {@link dev.gateadjudicator.GateEngine#adjudicate} per fact set (read one with {@link dev.gateadjudicator.FactSets}),
 * read the immutable records of {@link dev.gateadjudicator.result}, and write them with
 * {@link dev.gateadjudicator.output.ArtifactWriter} and {@link dev.gateadjudicator.output.Reports}.
 */
package dev.gateadjudicator;
