package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.PolicyInfo;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.PolicyRule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code gate check [--rules DIR]}: compile and lint a policy. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Compile and lint a policy: every rule that raises declares its code, every code is in the "
        + "taxonomy, every taxonomy code is raised by some rule, no two rules share a name.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the policy compiles and lints clean", "4:policy error (names file and line)"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  PolicyOptions policy;

  @Override
  public Integer call() {
    GateEngine engine = policy.engine().warmUp();
    PolicyInfo info = engine.policy();
    long verdictRules = info.rules().stream().filter(PolicyRule::verdictRule).count();
    long raising = info.rules().stream().filter(r -> r.code() != null).count();
    spec.commandLine().getOut().printf("policy `%s` ok: %d rules (%d raise a code, %d carry, %d verdict), "
            + "%d codes, phases %s, sha256:%s%n", info.name(), info.rules().size(), raising,
        info.rules().stream().filter(PolicyRule::carries).count(), verdictRules, info.codes().size(),
        String.join(", ", info.phases()), info.digest());
    // every S1/S2 or reset-required code whose taxonomy entry opts in to waivers, so a reviewer sees them all
    info.codes().stream()
        .filter(c -> c.waivable() && (c.severity().blocksAdvance() || c.resetRequired()))
        .sorted(java.util.Comparator.comparing(BlockerDefinition::phase).thenComparing(BlockerDefinition::code))
        .forEach(c -> spec.commandLine().getOut().printf("waivable opt-in: %s %s `%s` (%s%s)%n", c.phase(),
            c.code(), c.title(), c.severity(), c.resetRequired() ? ", reset required" : ""));
    if (!info.precompiledPhases().isEmpty()) {
      spec.commandLine().getOut().printf("phases %s loaded from the precompiled executable model%n",
          String.join(", ", info.precompiledPhases()));
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
