package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The sink verdict rules decide into, bound as the global {@code decisions}. What stands is settled by the
 * engine's verdict backstop, which no policy can switch off: the strictest decision wins (NO_GO over HOLD over
 * ADVANCE), no decision holds, and an advance over an active S1/S2 blocker holds.
 *
 * <p>One instance serves one session.
 */
public final class Decisions {
  private final List<Decision> decided = new ArrayList<>();

  /**
   * The lane passes, or the gate advances, to {@code nextGate}.
   *
   * @param kcontext the rule's context
   * @param nextGate the next gate, for example {@code M6.G_READY}
   */
  public void advance(RuleContext kcontext, String nextGate) {
    decide(kcontext, Verdict.ADVANCE, nextGate);
  }

  /**
   * Blockers remain: hold and remediate.
   *
   * @param kcontext the rule's context
   * @param nextGate the next gate, usually {@code HOLD_REMEDIATE}
   */
  public void hold(RuleContext kcontext, String nextGate) {
    decide(kcontext, Verdict.HOLD_REMEDIATE, nextGate);
  }

  /**
   * A reset-required blocker is active: no go.
   *
   * @param kcontext the rule's context
   * @param nextGate the next gate, usually {@code NO_GO_RESET_REQUIRED}
   */
  public void noGo(RuleContext kcontext, String nextGate) {
    decide(kcontext, Verdict.NO_GO_RESET_REQUIRED, nextGate);
  }

  private void decide(RuleContext kcontext, Verdict verdict, String nextGate) {
    decided.add(new Decision(verdict, nextGate, kcontext.getRule().getName()));
  }

  /**
   * Every decision made, in firing order.
   *
   * @return the decisions
   */
  public List<Decision> decided() {
    return List.copyOf(decided);
  }
}
