package dev.gateadjudicator.ledger;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A re-audit: every recorded fact set of a phase judged again under one policy. A gate decision is judged with
 * its rolled-up {@code lane_result} facts replaced by the new judgement of those lane executions where the ledger
 * holds them, so a gate whose lanes reopened reopens too.
 *
 * @param reauditId SHA-256 of the policy digest and the judged decision ids: the same re-audit has the same id
 * @param phase the phase judged, or {@code null} for every phase
 * @param policyName the policy's name
 * @param policyDigest the policy's digest
 * @param judged how many decisions were judged again
 * @param changes the decisions whose pass or ADVANCE flipped, in ledger order
 * @param skipped decisions that could not be judged again (no stored fact set), with the reason
 */
public record Reaudit(
    String reauditId,
    String phase,
    String policyName,
    String policyDigest,
    int judged,
    List<Change> changes,
    List<String> skipped) {
  /** A recorded pass or ADVANCE that would now hold. */
  public static final String REOPENED = "REOPENED";
  /** A recorded hold that would now pass. */
  public static final String NOW_PASSES = "NOW_PASSES";

  /** Copies the lists. */
  public Reaudit {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
  }

  /**
   * One decision whose outcome flips under the new policy.
   *
   * @param recorded the recorded decision
   * @param now its judgement under the new policy
   * @param chain for a gate, the rolled-up lanes whose judgement changed: recorded decision (or {@code null} when
   *     the ledger lacks it) and new judgement
   */
  public record Change(Decision recorded, Adjudication now, List<LaneChange> chain) {
    /** Copies the chain. */
    public Change {
      chain = List.copyOf(chain);
    }

    /**
     * The decision id.
     *
     * @return the id
     */
    public String decisionId() {
      return recorded.decisionId();
    }

    /**
     * Whether a pass or ADVANCE now holds.
     *
     * @return true when reopened, false when a hold now passes
     */
    public boolean reopened() {
      return recorded.passed();
    }

    /**
     * The new outcome's label.
     *
     * @return the gate verdict, or PASS / HOLD_REMEDIATE
     */
    public String newLabel() {
      var s = now.summary();
      return s.verdict() != null ? s.verdict() : s.overallPass() ? "PASS" : "HOLD_REMEDIATE";
    }

    /**
     * The new active codes.
     *
     * @return the codes
     */
    public List<String> newCodes() {
      return now.summary().blockerCodes();
    }
  }

  /**
   * A rolled-up lane execution whose judgement changed under the new policy.
   *
   * @param before the recorded decision of that execution, or {@code null} when only the gate's fact names it
   * @param recordedFact the {@code lane_result} fact the gate recorded
   * @param now its judgement under the new policy
   */
  public record LaneChange(Decision before, LaneResult recordedFact, Adjudication now) {}

  /**
   * Judges every given decision again under an engine.
   *
   * @param engine the policy to judge under
   * @param phase the phase the decisions were selected by, or {@code null}
   * @param decisions recorded decisions, in ledger order
   * @return the re-audit
   */
  public static Reaudit run(GateEngine engine, String phase, List<Decision> decisions) {
    Map<String, Adjudication> laneNow = new HashMap<>();
    Map<String, Decision> laneBefore = new HashMap<>();
    Map<String, Adjudication> now = new HashMap<>();
    List<String> skipped = new ArrayList<>();
    StringBuilder ids = new StringBuilder(engine.policyDigest());
    int judged = 0;
    for (Decision d : decisions) {
      if (!d.rollsUp().isEmpty()) {
        continue;
      }
      FactSet fs = d.factSet();
      if (fs == null) {
        skipped.add(d.executionId() + ": no stored fact set (" + d.factSetLocation() + ")");
        continue;
      }
      Adjudication a = engine.adjudicate(fs);
      now.put(d.decisionId(), a);
      laneNow.put(d.executionId(), a);
      laneBefore.put(d.executionId(), d);
    }
    List<Change> changes = new ArrayList<>();
    for (Decision d : decisions) {
      List<LaneChange> chain = new ArrayList<>();
      Adjudication a = now.get(d.decisionId());
      if (!d.rollsUp().isEmpty()) {
        FactSet fs = d.factSet();
        if (fs == null) {
          skipped.add(d.executionId() + ": no stored fact set (" + d.factSetLocation() + ")");
          continue;
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : fs.facts()) {
          if (f instanceof LaneResult lr && laneNow.containsKey(lr.executionId())) {
            Adjudication lane = laneNow.get(lr.executionId());
            var s = lane.summary();
            LaneResult again = new LaneResult(lr.id(), lr.source(), lr.lane(), lr.executionId(), lr.capturedAt(),
                s.overallPass(), s.blockerCount(), s.blockerCodes(), s.nextGate(), lr.durableReadbackOk());
            if (again.overallPass() != lr.overallPass() || !again.blockerCodes().equals(lr.blockerCodes())) {
              chain.add(new LaneChange(laneBefore.get(lr.executionId()), lr, lane));
            }
            facts.add(again);
          } else {
            facts.add(f);
          }
        }
        a = engine.adjudicate(fs.withFacts(facts));
      }
      if (a == null) {
        continue;
      }
      judged++;
      ids.append('\n').append(d.decisionId());
      if (d.passed() != "ADVANCE".equals(a.outcome().name())) {
        changes.add(new Change(d, a, chain));
      }
    }
    String id = Decision.sha256("reaudit\n" + ids);
    return new Reaudit(id, phase, engine.policyName(), engine.policyDigest(), judged, changes, skipped);
  }

  /**
   * The number of reopened decisions.
   *
   * @return how many recorded passes now hold
   */
  public long reopenedCount() {
    return changes.stream().filter(Change::reopened).count();
  }
}
