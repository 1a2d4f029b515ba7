package dev.gateadjudicator.internal;

import dev.gateadjudicator.rules.Decision;
import dev.gateadjudicator.rules.EffectiveLaneResult;
import dev.gateadjudicator.rules.Finding;
import dev.gateadjudicator.rules.RollupLane;
import dev.gateadjudicator.rules.SupersededLaneResult;
import java.util.List;

/**
 * What one rule session produced, before it is assembled into artifacts.
 *
 * @param findings every finding raised
 * @param decisions every verdict decision
 * @param rollupLanes the lanes a gate rolls up
 * @param effective the effective lane results
 * @param superseded the superseded lane results
 * @param firedRules names of the rules that fired, with counts folded
 * @param waivers what became of each waiver
 */
public record Evaluation(
    List<Finding> findings,
    List<Decision> decisions,
    List<RollupLane> rollupLanes,
    List<EffectiveLaneResult> effective,
    List<SupersededLaneResult> superseded,
    List<String> firedRules,
    List<dev.gateadjudicator.result.WaiverReport> waivers) {}
