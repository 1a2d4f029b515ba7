package dev.gateadjudicator.internal;

import dev.gateadjudicator.result.Verdict;
import dev.gateadjudicator.rules.Decision;
import dev.gateadjudicator.rules.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * The verdict rules no policy can switch off, applied after a policy's own verdict rules have decided:
 * <ol>
 *   <li><b>strictest wins</b>: of several decisions, the strictest by {@link #STRICTNESS} (ties broken by rule
 *       name, then next gate, so the choice never depends on firing order);</li>
 *   <li><b>no decision holds</b>: when no verdict rule decided, the outcome is {@code HOLD_REMEDIATE}
 *       ({@link #NO_DECISION});</li>
 *   <li><b>the S1/S2 backstop</b>: an {@code ADVANCE} while a counted S1 or S2 blocker is active becomes
 *       {@code HOLD_REMEDIATE} ({@link #ADVANCE_REFUSED}), whatever the policy's rules say.</li>
 * </ol>
 * Strictness is its own order, independent of the CLI's exit codes.
 */
public final class VerdictBackstop {
  /** The order of strictness, most lenient first: ADVANCE, then HOLD_REMEDIATE, then NO_GO_RESET_REQUIRED. */
  public static final List<Verdict> STRICTNESS =
      List.of(Verdict.ADVANCE, Verdict.HOLD_REMEDIATE, Verdict.NO_GO_RESET_REQUIRED);

  /** The rule name the engine records when no verdict rule decided. */
  public static final String NO_DECISION = "engine: no verdict rule decided, holding (fail closed)";
  /** The rule name the engine records when it refuses an ADVANCE over a blocking finding. */
  public static final String ADVANCE_REFUSED = "engine: advance refused while an S1/S2 blocker is active";

  private static final Comparator<Verdict> LENIENT_FIRST = Comparator.comparingInt(VerdictBackstop::rank);

  private VerdictBackstop() {}

  /**
   * Where a verdict stands in {@link #STRICTNESS}.
   *
   * @param verdict a verdict
   * @return 0 for the most lenient; a verdict missing from the order ranks strictest of all (fail closed)
   */
  static int rank(Verdict verdict) {
    int i = STRICTNESS.indexOf(verdict);
    return i < 0 ? STRICTNESS.size() : i;
  }

  /**
   * Whether one verdict is stricter than another.
   *
   * @param a a verdict
   * @param b another
   * @return true when {@code a} wins over {@code b}
   */
  public static boolean stricter(Verdict a, Verdict b) {
    return LENIENT_FIRST.compare(a, b) > 0;
  }

  /**
   * The decision that stands.
   *
   * @param decisions what the policy's verdict rules decided, in any order
   * @param counted the counted (unwaived) findings
   * @return the strictest decision, or the engine's own when none decided or an advance is refused
   */
  public static Decision decide(List<Decision> decisions, List<Finding> counted) {
    Decision chosen = null;
    List<Decision> ordered = decisions.stream()
        .sorted(Comparator.comparing(Decision::rule).thenComparing(Decision::nextGate)).toList();
    for (Decision d : ordered) {
      if (chosen == null || stricter(d.verdict(), chosen.verdict())) {
        chosen = d;
      }
    }
    if (chosen == null) {
      return hold(NO_DECISION);
    }
    boolean blocking = counted.stream().anyMatch(f -> f.severity().blocksAdvance());
    if (chosen.verdict() == Verdict.ADVANCE && blocking) {
      return hold(ADVANCE_REFUSED);
    }
    return chosen;
  }

  private static Decision hold(String rule) {
    return new Decision(Verdict.HOLD_REMEDIATE, Verdict.HOLD_REMEDIATE.name(), rule);
  }
}
