package dev.gateadjudicator.rules;

/**
 * A policy-table row of the gate lane, from the {@code gate_rollup} of the phase's {@code taxonomy.json}: how the
 * shared rollup rules ({@code common/rollup.drl}) read the rolled-up lanes' results.
 *
 * @param rolledUp whether each lane code carries as the code its taxonomy entry rolls up to ({@code "carry":
 *     "rolled_up"}, P0: M2A-B5 as M2-B1) rather than as itself ({@code "as_raised"}, the default)
 * @param carryCheck the check carried codes are reported under, or {@code null} for each code's own
 * @param judgesSuperseded whether superseded results, not only effective ones, must name their lane's next gate and
 *     only codes of the taxonomy ({@code "superseded_results": "judged"}, the default)
 * @param ownPrefixRequired whether a result's execution id must carry its own lane's prefix ({@code
 *     "execution_ids": "own_prefix"}, the default) rather than only not another lane's ({@code
 *     "not_another_lanes"})
 */
public record RollupTable(boolean rolledUp, String carryCheck, boolean judgesSuperseded, boolean ownPrefixRequired) {}
