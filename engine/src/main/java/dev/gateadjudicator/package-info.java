/**
 * The adjudicator's public API: build a {@link dev.gateadjudicator.GateEngine} once from a policy, call
 * {@link dev.gateadjudicator.GateEngine#adjudicate} per fact set, read the immutable result records.
 */
package dev.gateadjudicator;
