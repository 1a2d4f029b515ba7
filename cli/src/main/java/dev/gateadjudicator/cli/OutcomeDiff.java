package dev.gateadjudicator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an outcome changed between two policies: the rules that raised only under one of them, the verdict rules
 * behind the new verdict, and the rolled-up lanes that changed. {@code diff} and {@code reaudit} print the same
 * explanation.
 */
final class OutcomeDiff {
  private OutcomeDiff() {}

  /**
   * A rolled-up lane under both policies.
   *
   * @param lane the lane
   * @param executionId its execution
   * @param before its outcome under the old policy (as recorded)
   * @param after its outcome under the new policy
   */
  record Step(String lane, String executionId, Outcome before, Outcome after) {}

  /**
   * Prints the explanation, indented under the caller's line.
   *
   * @param out where to print
   * @param before the outcome under the old policy
   * @param after the outcome under the new policy
   * @param chain for a gate, its rolled-up lanes under both policies (unchanged ones are skipped)
   */
  static void explain(PrintWriter out, Outcome before, Outcome after, List<Step> chain) {
    only(out, "raised only under the new policy", after.raisingRules(), before.raisingRules());
    only(out, "raised only under the base policy", before.raisingRules(), after.raisingRules());
    if (!before.decidedBy().equals(after.decidedBy()) && !after.decidedBy().isEmpty()) {
      out.printf("         verdict decided by %s -> %s%n", before.decidedBy(), after.decidedBy());
    }
    for (Step s : chain) {
      if (s.before().flipped(s.after()) || s.before().codesChanged(s.after())) {
        out.printf("         via rolled-up %s %s: %s -> %s%n", s.lane(), s.executionId(), s.before().describe(),
            s.after().describe());
        only(out, "  raised only under the new policy", s.after().raisingRules(), s.before().raisingRules());
        only(out, "  raised only under the base policy", s.before().raisingRules(), s.after().raisingRules());
      }
    }
  }

  private static void only(PrintWriter out, String what, List<String> in, List<String> notIn) {
    List<String> diff = new ArrayList<>(in);
    diff.removeAll(notIn);
    for (String rule : diff) {
      out.printf("         %s: \"%s\"%n", what, rule);
    }
  }
}
