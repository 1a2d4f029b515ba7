package dev.gateadjudicator.cli;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.PolicyInfo;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.FactRef;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.PolicyRule;
import dev.gateadjudicator.result.WaiverReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate explain FACTSET}: each check, the rules that decided it and the facts they matched; the verdict. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain an adjudication: for each check of the lane, pass or fail, the rules that decided it and "
        + "the facts they matched, and how the verdict followed from the register.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, "1:HOLD_REMEDIATE", ExitCode.HELP_NO_GO, ExitCode.HELP_INVALID,
        ExitCode.HELP_POLICY, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FACTSET",
      description = "Fact-set JSON file, or a fact-set patch (NAME.patch.json).")
  Path factSet;

  @Mixin
  PolicyOptions policy;

  @Override
  public Integer call() throws Exception {
    PolicyOptions.Judged judged = policy.adjudicate(factSet);
    FactSet fs = judged.factSet();
    Adjudication a = judged.adjudication();
    PolicyInfo info = judged.engine().policy();
    Map<String, String> facts = new HashMap<>();
    for (Fact f : fs.facts()) {
      facts.put(f.id(), FactSets.toJson(f));
    }
    fs.handles().forEach((k, v) -> facts.put("handles/" + k, k + " = " + v));
    Map<String, String> checkOf = new HashMap<>();
    info.codes().forEach(c -> checkOf.put(c.code(), c.check()));
    Set<String> fired = Set.copyOf(a.firedRules());

    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s %s %s, policy `%s` (sha256:%.12s)%n%n", a.summary().phase(), a.summary().lane(),
        a.summary().executionId(), a.policy(), a.policyDigest());
    for (CheckResult c : a.summary().checks()) {
      out.printf("check %s: %s%n", c.check(), c.status());
      for (Blocker b : a.register().blockers()) {
        if (b.check().equals(c.check())) {
          block(out, b, facts, info);
        }
      }
      if (c.blockerCodes().isEmpty()) {
        List<PolicyRule> guards = info.rules().stream()
            .filter(r -> r.code() != null && c.check().equals(checkOf.get(r.code())) && !fired.contains(r.name()))
            .toList();
        out.printf("  no rule of this check raised a blocker; these were evaluated and did not fire:%n");
        guards.forEach(r -> out.printf("    \"%s\" (%s:%d) %s%n", r.name(), r.file(), r.line(), r.code()));
      }
      out.println();
    }
    for (Blocker b : a.register().waived()) {
      out.printf("waived %s%n", b.code());
      block(out, b, facts, info);
    }
    for (WaiverReport w : a.register().waivers()) {
      out.printf("waiver %s (%s, %s): %s - %s%n", w.id(), w.code(), w.subject(), w.status(), w.detail());
    }
    out.printf("verdict: %s, next gate %s%n", a.summary().verdict() != null ? a.summary().verdict()
        : a.summary().overallPass() ? "lane passed" : "lane not passed", a.summary().nextGate());
    out.printf("  decided by: %s%n", a.verdict().map(v -> v.decidedBy().toString())
        .orElse(decidedBy(info, fired).toString()));
    out.printf("  because the register holds %d active code(s)%s%n", a.summary().blockerCount(),
        a.register().blockers().isEmpty() ? "" : ": " + String.join(", ", a.register().blockers().stream()
            .map(b -> b.code() + " (" + b.severity() + (b.resetRequired() ? ", reset required" : "") + ")").toList()));
    out.flush();
    return a.exitCode();
  }

  private static List<String> decidedBy(PolicyInfo info, Set<String> fired) {
    return info.rules().stream().filter(r -> r.verdictRule() && fired.contains(r.name())).map(PolicyRule::name)
        .toList();
  }

  private static void block(PrintWriter out, Blocker b, Map<String, String> facts, PolicyInfo info) {
    out.printf("  %s %s [%s%s]%n", b.code(), b.title(), b.severity(), b.resetRequired() ? ", reset required" : "");
    for (FindingEntry f : b.findings()) {
      PolicyRule r = Coverage.rule(info, f.rule());
      out.printf("    rule \"%s\"%s%n", f.rule(), r == null ? "" : " (" + r.file() + ":" + r.line() + ")");
      out.printf("      %s%n", f.detail());
      for (FactRef ref : f.facts()) {
        out.printf("      matched %s %s: %s%n", ref.kind(), ref.id(), facts.getOrDefault(ref.id(), "?"));
      }
    }
    out.printf("    remediation: %s%n", b.remediation());
  }
}
