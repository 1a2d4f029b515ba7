/**
 * What an adjudication returns: the immutable {@link dev.gateadjudicator.result.Adjudication} and the records it is
 * made of (summary, blocker register, rollup matrix, gate verdict), and the two refusals, bad input
 * ({@link dev.gateadjudicator.result.InvalidFactSetException}) and a broken policy
 * ({@link dev.gateadjudicator.result.PolicyException}). The values rules carry into the result live here too
 * (severity, verdict, fact references, blocker definitions): DRL files that name them import this package. It
 * depends on the engine's JSON mapping only, so the rule vocabulary and the internals can build these records
 * without depending on the engine's entry points.
 */
package dev.gateadjudicator.result;
