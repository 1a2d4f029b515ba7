package dev.gateadjudicator;

import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.PolicyRule;
import java.util.List;

/**
 * What an engine's policy holds: for linting, coverage and explanations.
 *
 * @param name the policy's name
 * @param digest SHA-256 of its files
 * @param phases the phases it covers, sorted
 * @param rules its rules, in file and line order
 * @param codes its blocker definitions, sorted by code
 * @param precompiledPhases the phases compiled so far whose rules came from the precompiled executable model
 *     (the {@code gate-adjudicator-policy-bundle} jar) rather than from compiling their DRL, sorted
 */
public record PolicyInfo(String name, String digest, List<String> phases, List<PolicyRule> rules,
    List<BlockerDefinition> codes, List<String> precompiledPhases) {
  /** Copies the lists. */
  public PolicyInfo {
    phases = List.copyOf(phases);
    rules = List.copyOf(rules);
    codes = List.copyOf(codes);
    precompiledPhases = List.copyOf(precompiledPhases);
  }
}
