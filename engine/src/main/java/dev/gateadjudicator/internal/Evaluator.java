package dev.gateadjudicator.internal;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.PolicyRule;
import dev.gateadjudicator.rules.Contradiction;
import dev.gateadjudicator.rules.Decisions;
import dev.gateadjudicator.rules.EffectiveLaneResult;
import dev.gateadjudicator.rules.Execution;
import dev.gateadjudicator.rules.Findings;
import dev.gateadjudicator.rules.HandlePins;
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
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;

/**
 * Runs a policy's rules over one canonical fact set: classification rules first (the main agenda group), then the
 * verdict rules (agenda group {@code verdict}). No I/O. The session comes from the lane's {@link SessionPool}, which
 * already holds the per-policy facts (the phase's blocker definitions and the lane's table rows), and goes back
 * cleaned of every other fact and re-armed; a lane with a rule that fires on no fact at all gets a fresh session per
 * call.
 */
public final class Evaluator {
  /** The entry point a session's facts go in (what {@code KieSession.insert} looks up on every call). */
  static final String DEFAULT_ENTRY_POINT = "DEFAULT";

  /** A bound on rule firings per agenda pass, so a looping policy fails instead of hanging. */
  static final int MAX_FIRINGS = 100_000;

  /** The globals each knowledge base declares, read once per knowledge base (they never change). */
  private static final Map<KieBase, Set<String>> GLOBALS = Collections.synchronizedMap(new WeakHashMap<>());

  /** The session pools of each policy, by phase and lane; a policy no engine holds any more is dropped. */
  private static final Map<Policy, Map<String, SessionPool>> POOLS = new WeakHashMap<>();

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
    SessionPool pool = pool(policy, execution);
    SessionPool.Pooled pooled = pool.take();
    if (pooled == null) {
      return evaluateFresh(policy, execution, factSet, pool.perPolicy(), pool.taxonomy());
    }
    boolean completed = false;
    try {
      Evaluation e = run(policy, execution, factSet, pooled.session, pooled.defaultEntryPoint, List.of(),
          pool.taxonomy(), pooled::takeFired);
      completed = true;
      return e;
    } finally {
      if (completed) {
        pool.giveBack(pooled);
      } else {
        SessionPool.discard(pooled);
      }
    }
  }

  /** The pool of a policy's lane, made on first use. */
  private static SessionPool pool(Policy policy, Execution execution) {
    Map<String, SessionPool> byLane;
    synchronized (POOLS) {
      byLane = POOLS.computeIfAbsent(policy, p -> new java.util.concurrent.ConcurrentHashMap<>());
    }
    return byLane.computeIfAbsent(execution.phase() + "\u0000" + execution.lane(), k -> {
      List<Object> perPolicy = new ArrayList<>();
      for (BlockerDefinition d : policy.definitions().values()) {
        if (d.phase().equals(execution.phase())) {
          perPolicy.add(d);
        }
      }
      perPolicy.addAll(policy.rows(execution.phase(), execution.lane()));
      return new SessionPool(policy.kieBase(execution.phase()), perPolicy, policy.definitions());
    });
  }

  /** The way every call ran before sessions were pooled, for a lane whose sessions cannot be re-armed. */
  private static Evaluation evaluateFresh(Policy policy, Execution execution, FactSet factSet,
      List<Object> perPolicy, Map<String, BlockerDefinition> taxonomy) {
    KieSession session = policy.kieBase(execution.phase()).newKieSession();
    try {
      List<String> fired = new ArrayList<>();
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          fired.add(event.getMatch().getRule().getName());
        }
      });
      return run(policy, execution, factSet, session, session.getEntryPoint(DEFAULT_ENTRY_POINT), perPolicy,
          taxonomy, () -> fired);
    } finally {
      session.dispose();
    }
  }

  /**
   * Inserts the call's facts (after {@code perPolicy}, which a pooled session already holds), fires the main group
   * and then the verdict group, and reads the results.
   */
  private static Evaluation run(Policy policy, Execution execution, FactSet factSet, KieSession session,
      EntryPoint facts, List<Object> perPolicy, Map<String, BlockerDefinition> taxonomy,
      java.util.function.Supplier<List<String>> fired) {
    KieBase kieBase = session.getKieBase();
    try {
      Waivers waivers = Waivers.assess(factSet, policy.definitions());
      Findings findings = new Findings(taxonomy, waivers::coverOf);   // immutable already: not copied per call
      Decisions decisions = new Decisions();
      Set<String> globals = GLOBALS.computeIfAbsent(kieBase, Evaluator::globals);
      if (globals.contains("findings")) {
        session.setGlobal("findings", findings);
      }
      if (globals.contains("decisions")) {
        session.setGlobal("decisions", decisions);
      }
      facts.insert(execution);
      for (Object o : perPolicy) {
        facts.insert(o);
      }
      List<Handle> handles = factSet.handleFacts();
      for (Handle h : handles) {
        facts.insert(h);
      }
      facts.insert(new HandlePins(handles));
      for (Fact f : factSet.facts()) {
        facts.insert(f);
      }
      for (Contradiction c : Subjects.contradictions(factSet.facts())) {
        facts.insert(c);
      }
      fire(session);
      var verdictGroup = session.getAgenda().getAgendaGroup(Policy.VERDICT_GROUP);
      if (verdictGroup != null) {   // a policy without verdict rules: the engine holds (no decision)
        verdictGroup.setFocus();
        fire(session);
      }
      List<RollupLane> rollup = new ArrayList<>();
      List<EffectiveLaneResult> effective = new ArrayList<>();
      List<SupersededLaneResult> superseded = new ArrayList<>();
      // by class: the session's store keeps each class's objects apart, so only these are walked
      for (Object o : session.getObjects(new ClassObjectFilter(RollupLane.class))) {
        rollup.add((RollupLane) o);
      }
      for (Object o : session.getObjects(new ClassObjectFilter(EffectiveLaneResult.class))) {
        effective.add((EffectiveLaneResult) o);
      }
      for (Object o : session.getObjects(new ClassObjectFilter(SupersededLaneResult.class))) {
        superseded.add((SupersededLaneResult) o);
      }
      rollup.sort(Comparator.comparing(RollupLane::lane));
      effective.sort(Comparator.comparing(EffectiveLaneResult::lane).thenComparing(e -> e.result().executionId()));
      superseded.sort(Comparator.comparing(SupersededLaneResult::lane)
          .thenComparing(s -> s.result().capturedAt()).thenComparing(s -> s.result().executionId()));
      return new Evaluation(
          findings.raised(),
          decisions.decided(),
          rollup,
          effective,
          superseded,
          sortedDistinct(fired.get()),
          waivers.reports(findings.raised()));
    } catch (RuntimeException e) {
      if (e instanceof PolicyException pe) {
        throw pe;
      }
      throw failedRule(policy, e);
    }
  }

  /** The names once each, sorted: what a {@code TreeSet} of them holds, without its entries. */
  private static List<String> sortedDistinct(List<String> names) {
    String[] a = names.toArray(new String[0]);
    java.util.Arrays.sort(a);
    int n = 0;
    for (String s : a) {
      if (n == 0 || !s.equals(a[n - 1])) {
        a[n++] = s;
      }
    }
    return List.of(java.util.Arrays.copyOf(a, n));
  }

  private static void fire(KieSession session) {
    int n = session.fireAllRules(MAX_FIRINGS);
    if (n >= MAX_FIRINGS) {
      throw new PolicyException("rules", 0, "rules did not settle within " + MAX_FIRINGS + " firings");
    }
  }

  /**
   * A rule that threw while firing, as a policy error at the rule's file and line: its name and the innermost
   * message, never an exception's class name.
   */
  static PolicyException failedRule(Policy policy, RuntimeException e) {
    org.kie.api.definition.rule.Rule rule = null;
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getMatch() != null) {
        rule = c.getMatch().getRule();
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    String what = message == null ? "it failed without saying why" : message;
    if (rule == null) {
      return new PolicyException(policy.name(), 0, "a rule failed while adjudicating: " + what);
    }
    String name = rule.getName();
    // by name alone: the linter keeps rule names unique in a policy, and a precompiled overlay's rules sit in a
    // package of their own (see BundleSources)
    PolicyRule where = policy.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    return new PolicyException(where == null ? policy.name() : where.file(), where == null ? 0 : where.line(),
        "rule `" + name + "` failed while adjudicating: " + what);
  }

}
