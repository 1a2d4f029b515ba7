/**
 * What an adjudication returns: the immutable {@link dev.gateadjudicator.result.Adjudication} and the records it is
 * made of (summary, blocker register, rollup matrix, gate verdict), and the two refusals, bad input
 * ({@link dev.gateadjudicator.result.InvalidFactSetException}) and a broken policy
 * ({@link dev.gateadjudicator.result.PolicyException}). It depends on the rule vocabulary only, so the engine's
 * internals can build these records without depending on the engine's entry points.
 */
package dev.gateadjudicator.result;
