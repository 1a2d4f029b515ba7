package dev.gateadjudicator.cli;

import dev.gateadjudicator.PolicyInfo;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.PolicyRule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many fixtures fired each rule and raised each code of the policy under test.
 *
 * @param rules rule name to the number of fixtures that fired it, in policy order
 * @param codes code to the number of fixtures that raised it (active or waived), sorted
 */
record Coverage(Map<String, Integer> rules, Map<String, Integer> codes) {
  /**
   * Counts coverage over adjudications (one fixture may contribute several, for a rolled-up chain).
   *
   * @param policy the policy under test
   * @param perFixture the adjudications of each fixture judged under that policy
   * @return the coverage
   */
  static Coverage of(PolicyInfo policy, List<List<Adjudication>> perFixture) {
    Map<String, Integer> rules = new LinkedHashMap<>();
    policy.rules().forEach(r -> rules.put(r.name(), 0));
    Map<String, Integer> codes = new java.util.TreeMap<>();
    policy.codes().forEach(c -> codes.put(c.code(), 0));
    for (List<Adjudication> fixture : perFixture) {
      Set<String> fired = new HashSet<>();
      Set<String> raised = new HashSet<>();
      for (Adjudication a : fixture) {
        fired.addAll(a.firedRules());
        a.register().blockers().stream().map(Blocker::code).forEach(raised::add);
        a.register().waived().stream().map(Blocker::code).forEach(raised::add);
      }
      fired.forEach(r -> rules.computeIfPresent(r, (k, n) -> n + 1));
      raised.forEach(c -> codes.computeIfPresent(c, (k, n) -> n + 1));
    }
    return new Coverage(rules, codes);
  }

  /**
   * The codes raised by fewer fixtures than the minimum.
   *
   * @param min the minimum
   * @return the codes, sorted
   */
  List<String> codesBelow(int min) {
    return codes.entrySet().stream().filter(e -> e.getValue() < min).map(Map.Entry::getKey).toList();
  }

  /**
   * The rules no fixture fired.
   *
   * @return rule names, in policy order
   */
  List<String> rulesNeverFired() {
    return rules.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
  }

  static PolicyRule rule(PolicyInfo p, String name) {
    return p.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
