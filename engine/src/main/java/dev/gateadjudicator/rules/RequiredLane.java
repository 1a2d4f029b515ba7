package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.RuntimePath;

/**
 * A stream lane (named by its handle) that must be active on the given runtime path.
 *
 * @param laneRef handle name of the lane, for example {@code FLINK_EKS_WSP_STREAM_REF}
 * @param runtimePath the active runtime path
 */
public record RequiredLane(String laneRef, RuntimePath runtimePath) {}
