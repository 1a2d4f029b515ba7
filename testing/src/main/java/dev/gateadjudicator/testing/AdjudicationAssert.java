package dev.gateadjudicator.testing;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.GateVerdict;
import dev.gateadjudicator.result.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on an {@link Adjudication}:
 *
 * <pre>{@code
 * assertThat(adjudication).hasVerdict(Verdict.HOLD_REMEDIATE).hasBlockers("M6P6-B3", "M6P6-B4");
 * }</pre>
 */
public final class AdjudicationAssert extends AbstractAssert<AdjudicationAssert, Adjudication> {
  private AdjudicationAssert(Adjudication actual) {
    super(actual, AdjudicationAssert.class);
  }

  /**
   * Starts an assertion.
   *
   * @param actual the adjudication
   * @return the assertion
   */
  public static AdjudicationAssert assertThat(Adjudication actual) {
    return new AdjudicationAssert(actual);
  }

  /**
   * The outcome is this verdict (for a non-gate lane, ADVANCE means it passed).
   *
   * @param expected the verdict
   * @return this
   */
  public AdjudicationAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("expected verdict %s but was %s (blockers %s)", expected, actual.outcome(), codes());
    }
    return this;
  }

  /**
   * The gate verdict label is this, for example {@code ADVANCE_TO_P7}.
   *
   * @param expected the label
   * @return this
   */
  public AdjudicationAssert hasVerdictLabel(String expected) {
    isNotNull();
    String label = actual.verdict().map(GateVerdict::verdict).orElse(null);
    if (!expected.equals(label)) {
      failWithMessage("expected gate verdict %s but was %s", expected, label);
    }
    return this;
  }

  /**
   * The active blocker codes are exactly these, in any order.
   *
   * @param codes the codes
   * @return this
   */
  public AdjudicationAssert hasBlockers(String... codes) {
    isNotNull();
    if (!new TreeSet<>(Arrays.asList(codes)).equals(new TreeSet<>(codes()))) {
      failWithMessage("expected blockers %s but were %s", Arrays.toString(codes), codes());
    }
    return this;
  }

  /**
   * No blocker is active.
   *
   * @return this
   */
  public AdjudicationAssert hasNoBlockers() {
    return hasBlockers();
  }

  /**
   * The next gate is this.
   *
   * @param expected the next gate, for example {@code M6.G_READY}
   * @return this
   */
  public AdjudicationAssert hasNextGate(String expected) {
    isNotNull();
    if (!expected.equals(actual.summary().nextGate())) {
      failWithMessage("expected next gate %s but was %s", expected, actual.summary().nextGate());
    }
    return this;
  }

  /**
   * These codes are waived (visible, not counted), in any order.
   *
   * @param codes the codes
   * @return this
   */
  public AdjudicationAssert hasWaived(String... codes) {
    isNotNull();
    List<String> waived = actual.register().waived().stream().map(Blocker::code).toList();
    if (!new TreeSet<>(Arrays.asList(codes)).equals(new TreeSet<>(waived))) {
      failWithMessage("expected waived %s but were %s", Arrays.toString(codes), waived);
    }
    return this;
  }

  /**
   * The blocker {@code code} has a finding raised by the named rule.
   *
   * @param code the code
   * @param rule the rule name
   * @return this
   */
  public AdjudicationAssert hasFinding(String code, String rule) {
    isNotNull();
    List<String> rules = actual.register().blockers().stream().filter(b -> b.code().equals(code))
        .flatMap(b -> b.findings().stream()).map(FindingEntry::rule).toList();
    if (!rules.contains(rule)) {
      failWithMessage("expected a %s finding from rule %s but its rules were %s", code, rule, rules);
    }
    return this;
  }

  private List<String> codes() {
    return actual.summary().blockerCodes();
  }
}
