package dev.gateadjudicator.benchmarks;

import dev.gateadjudicator.fact.AdmissionProgress;
import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.EvidenceOverhead;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LagPosture;
import dev.gateadjudicator.fact.LaneState;
import dev.gateadjudicator.fact.LaneStatus;
import dev.gateadjudicator.fact.Nodegroup;
import dev.gateadjudicator.fact.NodegroupStatus;
import dev.gateadjudicator.fact.PublishAmbiguity;
import dev.gateadjudicator.input.FactSet;
import java.util.BitSet;
import java.util.Map;

/**
 * The M6.F checks written by hand, the way a probe script would make them: one pass over the facts, no rule
 * engine, no artifacts. It is the physical floor the engine's decision is measured against, not a second
 * implementation of the policy: it decides pass or hold and which of the codes B2..B5 and B7 it saw.
 */
public final class HandWrittenM6F {
  private static final String ACCEPTED_LAG_SOURCE = "ig_admission_freshness_seconds";

  private HandWrittenM6F() {}

  /**
   * Evaluates M6.F.
   *
   * @param facts a parsed M6.F fact set
   * @return the codes raised, as bits: 2 for M6P6-B2, 3 for B3, 4 for B4, 5 for B5, 7 for B7; empty when it passes
   */
  public static BitSet evaluate(FactSet facts) {
    BitSet codes = new BitSet(8);
    Map<String, Object> handles = facts.handles();
    Object active = handles.get("FLINK_RUNTIME_PATH_ACTIVE");
    boolean onEks = active != null && active.toString().startsWith("EKS_");
    String wspRef = onEks ? "FLINK_EKS_WSP_STREAM_REF" : "FLINK_APP_WSP_STREAM_V0";
    String srRef = onEks ? "FLINK_EKS_SR_READY_REF" : "FLINK_APP_SR_READY_V0";
    boolean wspRunning = false;
    boolean srRunning = false;
    boolean laneNotRunning = false;
    boolean schedulable = false;
    long admitted = -1;
    boolean lagSeen = false;
    boolean ambiguitySeen = false;
    boolean overheadSeen = false;
    for (Fact f : facts.facts()) {
      if (f instanceof LaneState s) {
        if (active != null && s.runtimePath().name().equals(active.toString())) {
          boolean running = s.state() == LaneStatus.RUNNING;
          if (s.laneRef().equals(wspRef)) {
            wspRunning |= running;
            laneNotRunning |= !running;
          } else if (s.laneRef().equals(srRef)) {
            srRunning |= running;
            laneNotRunning |= !running;
          }
        }
      } else if (f instanceof Nodegroup n) {
        schedulable |= n.status() == NodegroupStatus.ACTIVE && n.readyNodes() > 0 && n.healthIssues().isEmpty();
      } else if (f instanceof AdmissionProgress a) {
        if (a.platformRunId().equals(facts.platformRunId()) && !a.windowEnd().isBefore(a.windowStart())
            && !a.windowEnd().isAfter(facts.capturedAt())) {
          admitted = Math.max(admitted, a.admittedCount());
        }
      } else if (f instanceof LagPosture l) {
        lagSeen = true;
        Object max = handles.get("RTDL_CAUGHT_UP_LAG_MAX");
        if (l.measuredLagSeconds() == null || !ACCEPTED_LAG_SOURCE.equals(l.metric())
            || !(max instanceof Number m) || l.measuredLagSeconds() > m.doubleValue()) {
          codes.set(4);
        }
      } else if (f instanceof PublishAmbiguity p) {
        ambiguitySeen = true;
        if (p.unresolvedCount() != 0) {
          codes.set(5);
        }
      } else if (f instanceof EvidenceOverhead o) {
        overheadSeen = true;
        if (over(o.latencyP95Ms(), handles.get("EVIDENCE_LATENCY_P95_MAX_MS"))
            || over(o.bytesPerEvent(), handles.get("EVIDENCE_BYTES_PER_EVENT_MAX"))
            || over(o.writeRatePerS(), handles.get("EVIDENCE_WRITE_RATE_MAX_PER_S"))) {
          codes.set(7);
        }
      } else if (f instanceof CollectionError) {
        codes.set(2);
      }
    }
    if (!wspRunning || !srRunning || laneNotRunning || (onEks && !schedulable)) {
      codes.set(2);
    }
    if (admitted < 1) {
      codes.set(3);
    }
    if (!lagSeen) {
      codes.set(4);
    }
    if (!ambiguitySeen) {
      codes.set(5);
    }
    if (!overheadSeen) {
      codes.set(7);
    }
    return codes;
  }

  private static boolean over(double value, Object budget) {
    return !(budget instanceof Number b) || value > b.doubleValue();
  }
}
