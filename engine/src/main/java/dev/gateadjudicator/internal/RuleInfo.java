package dev.gateadjudicator.internal;

/**
 * What the policy linter knows of one rule.
 *
 * @param name rule name
 * @param pkg DRL package
 * @param file policy-relative file
 * @param line 1-based line of the rule
 * @param code the code it declares in {@code @code}, or {@code null}
 * @param carries whether it declares {@code @carries}
 * @param agendaGroup its agenda group, or {@code null} for the main group
 */
public record RuleInfo(
    String name, String pkg, String file, int line, String code, boolean carries, String agendaGroup) {}
