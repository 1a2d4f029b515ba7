package dev.gateadjudicator.result;

/**
 * One rule of a policy, as the linter read it.
 *
 * @param name rule name
 * @param pkg its DRL package
 * @param file policy-relative file
 * @param line 1-based line
 * @param code the code it declares with {@code @code}, or {@code null}
 * @param carries whether it carries codes of rolled-up lanes ({@code @carries})
 * @param group its ruleflow group ({@code verdict} for verdict rules), or {@code null}
 */
public record PolicyRule(String name, String pkg, String file, int line, String code, boolean carries,
    String group) {
  /**
   * Whether this is a verdict rule.
   *
   * @return true for rules in the {@code verdict} group
   */
  public boolean verdictRule() {
    return "verdict".equals(group);
  }
}
