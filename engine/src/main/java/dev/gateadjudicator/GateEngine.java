package dev.gateadjudicator;

import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Assembler;
import dev.gateadjudicator.internal.Evaluation;
import dev.gateadjudicator.internal.Evaluator;
import dev.gateadjudicator.internal.FactSetCodec;
import dev.gateadjudicator.internal.PhaseCatalog;
import dev.gateadjudicator.internal.Policy;
import dev.gateadjudicator.internal.PolicySource;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.HandleSpec;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.Verdict;
import dev.gateadjudicator.rules.Decision;
import dev.gateadjudicator.rules.Execution;
import dev.gateadjudicator.rules.Finding;
import dev.gateadjudicator.rules.HandleRequirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The adjudicator: a policy compiled once, applied to any number of fact sets.
 *
 * <pre>{@code
 * GateEngine engine = GateEngine.withDefaultPolicy();          // compile once
 * Adjudication a = engine.adjudicate(FactSets.parse(bytes));   // a clean rule session per call
 * a.outcome();                                                 // ADVANCE, HOLD_REMEDIATE, NO_GO_RESET_REQUIRED
 * }</pre>
 *
 * <p>An engine is immutable and safe to share across threads; each {@link #adjudicate} uses its own session, taken
 * from a pool of sessions that already hold the lane's policy facts and given back only once cleaned to that state
 * (a call that fails discards its session), so no adjudication ever sees another's facts.
 * It does no I/O beyond reading its policy when built. A policy folder is compiled when the engine is built; a
 * bundled policy builds each phase's rules on its first adjudication of that phase, loading them from the
 * precompiled executable model when the {@code gate-adjudicator-policy-bundle} jar is on the classpath and matches
 * the bundled sources (the CLI ships it), and compiling the DRL otherwise.
 */
public final class GateEngine {
  /** The name of the bundled default policy. */
  public static final String DEFAULT_POLICY = "default";
  /** The rule name findings and decisions carry when the engine records a failed durable publish. */
  public static final String DURABLE_PUBLISH_RULE = "engine: durable publish or read-back failed";

  private final Policy policy;

  private GateEngine(Policy policy) {
    this.policy = policy;
  }

  /**
   * An engine with the policy bundled in the jar ({@code rules/default/}).
   *
   * @return the engine
   * @throws PolicyException if the bundled policy is broken
   */
  public static GateEngine withDefaultPolicy() {
    return withBundledPolicy(DEFAULT_POLICY);
  }

  /**
   * An engine with a policy bundled in the jar under {@code rules/<name>/}, for example {@code legacy-p6}.
   *
   * @param name the bundled policy's folder name
   * @return the engine
   * @throws PolicyException if there is no such policy or it is broken
   */
  public static GateEngine withBundledPolicy(String name) {
    return new GateEngine(Policy.compile(PolicySource.bundled(name), false, true));
  }

  /**
   * An engine with the policy in a folder: {@code <phase>/taxonomy.json} and {@code .drl} files, compiled now.
   *
   * @param directory the policy folder
   * @return the engine
   * @throws PolicyException naming file and line when the policy is broken
   */
  public static GateEngine fromPolicyDirectory(Path directory) {
    return new GateEngine(Policy.compile(PolicySource.fromDirectory(directory), true));
  }

  /**
   * Adjudicates one fact set.
   *
   * @param factSet the facts of one lane execution
   * @return the adjudication
   * @throws InvalidFactSetException when the fact set names a phase or lane the policy lacks, or repeats an id
   * @throws PolicyException when a rule fails at run time
   */
  public Adjudication adjudicate(FactSet factSet) {
    return judge(factSet).adjudication();
  }

  /**
   * Adjudicates one fact set and keeps what the rules concluded, so that a publish failure found afterwards can be
   * recorded without firing the rules again ({@link Judgement#withDurablePublishFailure}).
   *
   * @param factSet the facts of one lane execution
   * @return the judgement, holding the adjudication
   * @throws InvalidFactSetException when the fact set names a phase or lane the policy lacks, or repeats an id
   * @throws PolicyException when a rule fails at run time
   */
  public Judgement judge(FactSet factSet) {
    FactSet canonical = FactSetCodec.canonical(factSet);
    com.fasterxml.jackson.databind.JsonNode tree = FactSetCodec.toTree(canonical);
    FactSetCodec.rejectCredentials(policy.secrets(), tree);
    PhaseCatalog catalog = policy.phases().get(canonical.phase());
    if (catalog == null) {
      throw new InvalidFactSetException("/phase",
          "phase `" + canonical.phase() + "` is not in policy `" + policy.name() + "` (it has "
              + String.join(", ", policy.phases().keySet()) + ")");
    }
    PhaseCatalog.Lane lane = catalog.lane(canonical.lane()).orElseThrow(() -> new InvalidFactSetException(
        "/lane", "lane `" + canonical.lane() + "` is not a lane of phase `" + catalog.phase() + "`"));
    if (canonical.platformRunId() == null && catalog.platformRunIdRequired()) {
      throw new InvalidFactSetException("/platform_run_id",
          "`platform_run_id` is required for phase `" + catalog.phase() + "`");
    }
    Execution execution = new Execution(catalog.phase(), lane.lane(), lane.gate(), canonical.executionId(),
        canonical.platformRunId(), canonical.capturedAt());
    Evaluation eval = Evaluator.evaluate(policy, execution, canonical);
    // the digest is computed once, from the tree the credential scan already built, which the snapshots reuse
    Judgement.Kept kept = new Judgement.Kept(catalog, lane, canonical, tree, FactSetCodec.digest(tree), eval);
    return new Judgement(this, kept, assemble(kept, eval));
  }

  /**
   * Adjudicates one fact set whose evidence did not publish or read back durably: the lane records its phase's
   * durable-publish blocker (the taxonomy's {@code durable_publish_blocker}, {@code M6P6-B8} for P6) with one
   * finding per detail, and the outcome is at best {@link Verdict#HOLD_REMEDIATE}. When the fact set was already
   * adjudicated, {@link Judgement#withDurablePublishFailure} gives the same result without firing the rules again.
   *
   * @param factSet the facts of one lane execution
   * @param failures what failed, one line each, for example which object read back with another digest
   * @return the adjudication with the blocker recorded
   * @throws IllegalArgumentException when {@code failures} is empty
   * @throws PolicyException when the phase's taxonomy names no durable-publish blocker
   */
  public Adjudication adjudicateWithDurablePublishFailure(FactSet factSet, List<String> failures) {
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("a durable-publish failure needs at least one detail");
    }
    return judge(factSet).withDurablePublishFailure(failures);
  }

  /** Re-assembles a kept evaluation with a durable-publish failure recorded: no rule fires again. */
  Adjudication withPublishFailures(Judgement.Kept kept, List<String> failures) {
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("a durable-publish failure needs at least one detail");
    }
    return assemble(kept, withPublishFailures(kept.catalog(), kept.lane(), kept.evaluation(), failures));
  }

  private Adjudication assemble(Judgement.Kept kept, Evaluation eval) {
    Adjudication a = Assembler.assemble(policy, kept.catalog(), kept.lane(), kept.factSet(), kept.tree(), kept.digest(),
        eval);
    rejectCredentialsIn(a);
    return a;
  }

  /** Refuses an adjudication whose artifacts would carry a credential (from input the fact scan let through). */
  private void rejectCredentialsIn(Adjudication a) {
    a.artifacts().forEach((file, text) -> policy.secrets().scan(text).ifPresent(rule -> {
      throw new InvalidFactSetException("", "artifact `" + file + "` would carry something that looks like a "
          + "credential (rule `" + rule + "`); nothing is written");
    }));
  }

  /**
   * The first credential rule of this engine's policy (the bundled rules plus the policy folder's
   * {@code credentials.json}) that a text matches: what every writer checks before a byte goes out.
   *
   * @param text any text
   * @return the rule id, or empty
   */
  public Optional<String> credentialIn(String text) {
    return policy.secrets().scan(text);
  }

  private Evaluation withPublishFailures(PhaseCatalog catalog, PhaseCatalog.Lane lane, Evaluation eval,
      List<String> failures) {
    String code = catalog.durablePublishBlocker();
    BlockerDefinition d = code == null ? null : policy.definitions().get(code);
    if (d == null) {
      throw new PolicyException(policy.name(), 0, "phase `" + catalog.phase()
          + "` names no `durable_publish_blocker` in its taxonomy, so a failed publish cannot be recorded");
    }
    List<Finding> findings = new ArrayList<>(eval.findings());
    for (String detail : failures) {
      findings.add(new Finding(d, null, null, DURABLE_PUBLISH_RULE, lane.lane(), detail, List.of(), null));
    }
    List<Decision> decisions = new ArrayList<>(eval.decisions());
    decisions.add(new Decision(Verdict.HOLD_REMEDIATE, Verdict.HOLD_REMEDIATE.name(), DURABLE_PUBLISH_RULE));
    List<String> fired = new ArrayList<>(eval.firedRules());
    fired.add(DURABLE_PUBLISH_RULE);
    return new Evaluation(findings, decisions, eval.rollupLanes(), eval.effective(), eval.superseded(),
        fired.stream().sorted().toList(), eval.waivers());
  }

  /**
   * The blocker a lane of a phase records when its evidence does not publish or read back durably: the phase
   * taxonomy's {@code durable_publish_blocker}.
   *
   * @param phase the phase, for example {@code P6}
   * @return the code, for example {@code M6P6-B8}; empty when the policy lacks the phase or the phase names none
   */
  public Optional<String> durablePublishBlocker(String phase) {
    PhaseCatalog catalog = policy.phases().get(phase);
    return Optional.ofNullable(catalog == null ? null : catalog.durablePublishBlocker());
  }

  /**
   * The handles a lane requires, from its phase's {@code required_handles} table: name, shape, the code a missing,
   * unpinned or malformed pin raises, and the condition under which a row applies, as the rules see them. Tools
   * that prepare a registry of handles (e.g. {@code registry init}) read {@link #handleRequirements} instead.
   *
   * @param phase the phase, for example {@code P0}
   * @param lane the lane, for example {@code M2.A}
   * @return the rows, in table order; empty when the policy lacks the phase or lane
   */
  List<HandleRequirement> requiredHandles(String phase, String lane) {
    return policy.rows(phase, lane).stream().filter(HandleRequirement.class::isInstance)
        .map(HandleRequirement.class::cast).toList();
  }

  /**
   * Compiles every phase's rules now rather than on first use, so that a compile error surfaces at once and the
   * first adjudication pays nothing: for services and for {@code gate check}.
   *
   * @return this engine
   * @throws PolicyException naming file and line when a phase's rules do not compile
   */
  public GateEngine warmUp() {
    policy.phases().keySet().forEach(policy::kieBase);
    return this;
  }

  /**
   * Builds one phase's rules now, as the first {@link #adjudicate} of that phase would: for a caller that learns
   * the phase before it has a fact set (the CLI reads it from the input while the input is still being parsed).
   * A phase the policy lacks is left for {@code adjudicate} to refuse.
   *
   * @param phase the phase id, for example {@code P6}
   * @return this engine
   * @throws PolicyException naming file and line when the phase's rules do not compile
   */
  public GateEngine warmUp(String phase) {
    if (policy.phases().containsKey(phase)) {
      policy.kieBase(phase);
    }
    return this;
  }

  /**
   * The policy's rules and codes.
   *
   * @return a description of the policy
   */
  public PolicyInfo policy() {
    return new PolicyInfo(policy.name(), policy.digest(),
        policy.phases().keySet().stream().sorted().toList(),
        policy.rules(),
        List.copyOf(policy.definitions().values()),
        policy.precompiledPhases());
  }

  /**
   * The policy's name (its folder name).
   *
   * @return the name
   */
  public String policyName() {
    return policy.name();
  }

  /**
   * SHA-256 of the policy's files (rules and taxonomies).
   *
   * @return 64 hex digits
   */
  public String policyDigest() {
    return policy.digest();
  }

  /**
   * The lanes of a phase in the order its taxonomy lists them (the gate lane last in the bundled policies): the
   * order {@code gate run --phase P} runs them in.
   *
   * @param phase the phase, for example {@code P0}
   * @return the lane ids, for example {@code [M2.A, ..., M2.J]}; empty when the policy lacks the phase
   */
  public List<String> lanes(String phase) {
    PhaseCatalog catalog = policy.phases().get(phase);
    return catalog == null ? List.of() : catalog.lanes().stream().map(PhaseCatalog.Lane::lane).toList();
  }

  /**
   * The handles a lane's policy requires to be pinned, with their format and where they are used: read from the
   * lane's {@code required_handles} table in its phase's {@code taxonomy.json} (no fact is read, no network I/O).
   *
   * @param phase the phase, for example {@code P0}
   * @param lane the lane, for example {@code M2.A}
   * @return the requirements, sorted by name
   * @throws IllegalArgumentException when the policy lacks the lane
   */
  public List<HandleSpec> handleRequirements(String phase, String lane) {
    return dev.gateadjudicator.internal.Requirements.of(policy, phase, lane);
  }
}
