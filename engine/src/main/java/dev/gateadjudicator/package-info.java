/**
 * The adjudicator's entry points: build a {@link dev.gateadjudicator.GateEngine} once from a policy, call
 * {@link dev.gateadjudicator.GateEngine#adjudicate} per fact set (read one with {@link dev.gateadjudicator.FactSets}),
 * and read the immutable records of {@link dev.gateadjudicator.result}.
 */
package dev.gateadjudicator;
