package dev.gateadjudicator.internal;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.FactSet;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.rules.BlockerDefinition;
import dev.gateadjudicator.rules.Contradiction;
import dev.gateadjudicator.rules.Decisions;
import dev.gateadjudicator.rules.EffectiveLaneResult;
import dev.gateadjudicator.rules.Execution;
import dev.gateadjudicator.rules.Findings;
import dev.gateadjudicator.rules.RollupLane;
import dev.gateadjudicator.rules.SupersededLaneResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs a policy's rules over one canonical fact set in a fresh session: classification rules first (the
 * main agenda group), then the verdict rules (agenda group {@code verdict}). No I/O.
 */
public final class Evaluator {
  /** A bound on rule firings per agenda pass, so a looping policy fails instead of hanging. */
  static final int MAX_FIRINGS = 100_000;

  /** The globals each knowledge base declares, read once per knowledge base (they never change). */
  private static final Map<KieBase, Set<String>> GLOBALS = Collections.synchronizedMap(new WeakHashMap<>());

  private Evaluator() {}

  private static Set<String> globals(KieBase kieBase) {
    TreeSet<String> globals = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
    }
    return Collections.unmodifiableSet(globals);
  }

  /**
   * Evaluates a fact set.
   *
   * @param policy the compiled policy
   * @param execution the execution context
   * @param factSet the canonical fact set
   * @return what the session produced
   * @throws PolicyException when a rule fails or the rules do not settle
   */
  public static Evaluation evaluate(Policy policy, Execution execution, FactSet factSet) {
    var kieBase = policy.kieBase(execution.phase());
    KieSession session = kieBase.newKieSession();
    try {
      Waivers waivers = Waivers.assess(factSet, policy.definitions());
      Findings findings = new Findings(policy.definitions(), waivers::coverOf);
      Decisions decisions = new Decisions();
      Set<String> globals = GLOBALS.computeIfAbsent(kieBase, Evaluator::globals);
      if (globals.contains("findings")) {
        session.setGlobal("findings", findings);
      }
      if (globals.contains("decisions")) {
        session.setGlobal("decisions", decisions);
      }
      List<String> fired = new ArrayList<>();
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          fired.add(event.getMatch().getRule().getName());
        }
      });
      session.insert(execution);
      for (BlockerDefinition d : policy.definitions().values()) {
        if (d.phase().equals(execution.phase())) {
          session.insert(d);
        }
      }
      for (Object row : policy.rows(execution.phase(), execution.lane())) {
        session.insert(row);
      }
      for (Handle h : factSet.handleFacts()) {
        session.insert(h);
      }
      for (Fact f : factSet.facts()) {
        session.insert(f);
      }
      for (Contradiction c : Subjects.contradictions(factSet.facts())) {
        session.insert(c);
      }
      fire(session);
      var verdictGroup = session.getAgenda().getAgendaGroup(Policy.VERDICT_GROUP);
      if (verdictGroup != null) {   // a policy without verdict rules: the engine holds (no decision)
        verdictGroup.setFocus();
        fire(session);
      }
      return new Evaluation(
          findings.raised(),
          decisions.decided(),
          objects(session, RollupLane.class, Comparator.comparing(RollupLane::lane)),
          objects(session, EffectiveLaneResult.class, Comparator.comparing(EffectiveLaneResult::lane)
              .thenComparing(e -> e.result().executionId())),
          objects(session, SupersededLaneResult.class, Comparator.comparing(SupersededLaneResult::lane)
              .thenComparing(s -> s.result().capturedAt()).thenComparing(s -> s.result().executionId())),
          List.copyOf(new TreeSet<>(fired)),
          waivers.reports(findings.raised()));
    } catch (RuntimeException e) {
      if (e instanceof PolicyException pe) {
        throw pe;
      }
      throw new PolicyException(policy.name(), 0, "a rule failed while adjudicating: " + rootMessage(e));
    } finally {
      session.dispose();
    }
  }

  private static void fire(KieSession session) {
    int n = session.fireAllRules(MAX_FIRINGS);
    if (n >= MAX_FIRINGS) {
      throw new PolicyException("rules", 0, "rules did not settle within " + MAX_FIRINGS + " firings");
    }
  }

  private static <T> List<T> objects(KieSession session, Class<T> type, Comparator<T> order) {
    List<T> out = new ArrayList<>();
    for (Object o : session.getObjects(type::isInstance)) {
      out.add(type.cast(o));
    }
    out.sort(order);
    return out;
  }

  private static String rootMessage(Throwable e) {
    StringBuilder sb = new StringBuilder();
    Throwable t = e;
    while (t != null) {
      if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
        sb.setLength(0);
        sb.append(t.getMessage());
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return sb.toString();
  }
}
