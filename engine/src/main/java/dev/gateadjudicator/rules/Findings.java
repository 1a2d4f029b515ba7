package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.FactRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The sink classification rules raise blockers into, bound as the global {@code findings}.
 *
 * <p>A rule declares the code it raises as metadata, {@code @code("M6P6-B2")}, and its consequence calls
 * {@code findings.raise(kcontext, subject, detail, $matchedFacts...)}. The code, severity and check come
 * from the metadata and the taxonomy, so a rule cannot raise a code it does not declare. A gate rule that
 * carries the codes of rolled-up lanes declares {@code @carries} and calls {@link #carry}.
 *
 * <p>A code's check comes from the taxonomy unless the rule names another with {@code @check("M2.G-DoD-1")}
 * (a code shared by several lanes reported under the lane's own check), or a {@code @carries} rule passes
 * one to {@link #carryUnder}.
 *
 * <p>One instance serves one session; it is not shared across adjudications.
 */
public final class Findings {
  /** The metadata key naming the code a rule raises. */
  public static final String CODE = "code";
  /** The metadata key marking a rule that carries codes of rolled-up lanes. */
  public static final String CARRIES = "carries";
  /** The metadata key naming the check a rule's findings are reported under, instead of the code's own. */
  public static final String CHECK = "check";

  private final Map<String, BlockerDefinition> taxonomy;
  private final BiFunction<String, String, String> waiverOf;
  private final List<Finding> raised = new ArrayList<>();

  /**
   * A sink for one session.
   *
   * @param taxonomy the blocker definitions by code
   * @param waiverOf given a code and a subject, the id of the live waiver that covers them, or {@code null}
   */
  public Findings(Map<String, BlockerDefinition> taxonomy, BiFunction<String, String, String> waiverOf) {
    this.taxonomy = Map.copyOf(taxonomy);
    this.waiverOf = waiverOf;
  }

  /**
   * Raises the code the calling rule declares in its {@code @code} metadata.
   *
   * @param kcontext the rule's context
   * @param subject what the finding is about
   * @param detail what is wrong
   * @param matched the facts the rule matched (facts, handles or derived facts)
   */
  public void raise(RuleContext kcontext, String subject, String detail, Object... matched) {
    Object code = kcontext.getRule().getMetaData().get(CODE);
    if (code == null) {
      throw new IllegalStateException(
          "rule `" + kcontext.getRule().getName() + "` raises a finding but declares no `@code`");
    }
    Object check = kcontext.getRule().getMetaData().get(CHECK);
    add(kcontext, String.valueOf(code), check == null ? null : String.valueOf(check), subject, detail, matched);
  }

  /**
   * Carries a code recorded by a rolled-up lane into this (gate) register. The calling rule must declare
   * {@code @carries}.
   *
   * @param kcontext the rule's context
   * @param code the carried code; it must be in the taxonomy
   * @param subject what the finding is about
   * @param detail where it was carried from
   * @param matched the facts the rule matched
   */
  public void carry(RuleContext kcontext, String code, String subject, String detail, Object... matched) {
    if (!kcontext.getRule().getMetaData().containsKey(CARRIES)) {
      throw new IllegalStateException(
          "rule `" + kcontext.getRule().getName() + "` carries a code but does not declare `@carries`");
    }
    add(kcontext, code, null, subject, detail, matched);
  }

  /**
   * Raises a code chosen by the data, reported under a check chosen by the data, from a rule that declares
   * {@code @carries}: for policy tables such as "this handle, if unpinned, is this code under this check".
   *
   * @param kcontext the rule context
   * @param code a code of the taxonomy
   * @param check the check to report it under, or {@code null} for the code's own
   * @param subject what the finding is about
   * @param detail what was observed
   * @param matched the facts the rule matched
   */
  public void carryUnder(
      RuleContext kcontext, String code, String check, String subject, String detail, Object... matched) {
    if (!kcontext.getRule().getMetaData().containsKey(CARRIES)) {
      throw new IllegalStateException(
          "rule `" + kcontext.getRule().getName() + "` carries a code but does not declare `@carries`");
    }
    add(kcontext, code, check, subject, detail, matched);
  }

  /**
   * Carries a code a rolled-up lane raised into this (gate) register as the code its taxonomy entry rolls up
   * to (itself when it rolls up to nothing), from a rule that declares {@code @carries}. The finding is
   * reset-required only when the raised code itself is: a lane code that needs no reset stays a hold when it
   * rolls up to a reset-required gate code.
   *
   * @param kcontext the rule context
   * @param raisedCode the code the lane recorded; it must be in the taxonomy
   * @param check the check to report it under, or {@code null} for the rolled-up code's own
   * @param subject what the finding is about
   * @param detail where it was carried from
   * @param matched the facts the rule matched
   */
  public void carryRolledUp(
      RuleContext kcontext, String raisedCode, String check, String subject, String detail, Object... matched) {
    if (!kcontext.getRule().getMetaData().containsKey(CARRIES)) {
      throw new IllegalStateException(
          "rule `" + kcontext.getRule().getName() + "` carries a code but does not declare `@carries`");
    }
    BlockerDefinition raised = definition(kcontext, raisedCode);
    String target = raised.rollsUpTo() == null ? raisedCode : raised.rollsUpTo();
    insert(kcontext, target, check, subject, detail, raised, matched);
  }

  private BlockerDefinition definition(RuleContext kcontext, String code) {
    BlockerDefinition def = taxonomy.get(code);
    if (def == null) {
      throw new IllegalStateException(
          "rule `" + kcontext.getRule().getName() + "` raises `" + code + "`, which is not in the taxonomy");
    }
    return def;
  }

  private void add(
      RuleContext kcontext, String code, String check, String subject, String detail, Object... matched) {
    insert(kcontext, code, check, subject, detail, null, matched);
  }

  private void insert(RuleContext kcontext, String code, String check, String subject, String detail,
      BlockerDefinition carriedFrom, Object... matched) {
    BlockerDefinition def = definition(kcontext, code);
    List<FactRef> refs = ids(matched);
    String waiver = measured(refs, matched) ? waiverOf.apply(code, subject) : null;
    Finding f = new Finding(def, check, carriedFrom, kcontext.getRule().getName(), subject, detail, refs, waiver);
    raised.add(f);
    kcontext.getKieRuntime().insert(f);
  }

  /**
   * Whether a finding rests on measured evidence, the only kind a waiver may accept: it names at least one
   * collected fact, and none of what it matched is a failed read or a contradiction. A finding about missing,
   * unreadable or contradicting evidence is never waived, so a waiver can never turn absent evidence into a pass.
   */
  private static boolean measured(List<FactRef> refs, Object... matched) {
    if (failedEvidence(matched)) {
      return false;
    }
    return refs.stream().anyMatch(r -> !r.kind().equals("handle") && !r.kind().equals("collection_error"));
  }

  private static boolean failedEvidence(Object... matched) {
    for (Object o : matched) {
      if (o instanceof CollectionError || o instanceof Contradiction
          || (o instanceof Collection<?> c && failedEvidence(c.toArray()))) {
        return true;
      }
    }
    return false;
  }

  private static List<FactRef> ids(Object... matched) {
    List<FactRef> ids = new ArrayList<>();
    for (Object o : matched) {
      if (o instanceof Fact f) {
        ids.add(new FactRef(f.id(), f.kind()));
      } else if (o instanceof Handle h) {
        ids.add(ref(h));
      } else if (o instanceof Derived d) {
        ids.addAll(d.facts());
      } else if (o instanceof Collection<?> c) {
        ids.addAll(ids(c.toArray()));
      }
    }
    return ids;
  }

  /**
   * The reference a finding records for a handle it matched.
   *
   * @param h the handle
   * @return {@code handles/NAME}, kind {@code handle}
   */
  public static FactRef ref(Handle h) {
    return new FactRef("handles/" + h.name(), "handle");
  }

  /**
   * Everything raised so far, in raise order.
   *
   * @return the findings
   */
  public List<Finding> raised() {
    return List.copyOf(raised);
  }
}
