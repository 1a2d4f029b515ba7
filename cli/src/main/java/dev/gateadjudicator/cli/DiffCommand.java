package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.replay.Replayer;
import dev.gateadjudicator.result.Adjudication;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gate diff --rules NEW --against BASE FIXTURES...}: which fixtures change outcome, and which rule did it. As
 * everywhere else, {@code --rules} names the policy under test (the new one); {@code --against} the base it is
 * compared with. Changes print as {@code BASE -> NEW}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Adjudicate every fixture under two policies and print each whose verdict, next gate or blocker "
        + "codes change, with the rules that made the difference. Gate fixtures that roll up lane fact sets are "
        + "re-adjudicated as a chain under each policy.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no fixture changes", "1:some fixture changes", "4:policy error"})
final class DiffCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules", paramLabel = "NEW_DIR", required = true,
      description = "The policy under test (the new side).")
  Path newRules;

  @Option(names = "--against", paramLabel = "BASE_DIR", required = true,
      description = "The policy to compare with (the base side, e.g. rules/default).")
  Path baseRules;

  @Parameters(arity = "1..*", paramLabel = "FIXTURES", description = "Fixture folders or fact-set files.")
  List<Path> roots;

  @Override
  public Integer call() throws Exception {
    GateEngine before = GateEngine.fromPolicyDirectory(baseRules);
    GateEngine after = GateEngine.fromPolicyDirectory(newRules);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("diff: base `%s` (sha256:%.12s) -> new `%s` (sha256:%.12s)%n", baseRules, before.policyDigest(),
        newRules, after.policyDigest());
    int total = 0;
    int flips = 0;
    int changed = 0;
    for (Path root : roots) {
      for (Fixture f : Fixtures.discover(root)) {
        total++;
        ReplayResult a = run(f, before);
        ReplayResult b = run(f, after);
        Outcome oa = Outcome.of(a);
        Outcome ob = Outcome.of(b);
        if (oa.flipped(ob)) {
          flips++;
          out.printf("FLIP     %s%n         %s -> %s%n         codes %s -> %s%n", f.name(), oa.headline(),
              ob.headline(), oa.codes(), ob.codes());
          explain(out, oa, ob, a, b);
        } else if (oa.codesChanged(ob)) {
          changed++;
          out.printf("CODES    %s  (outcome unchanged: %s)%n         %s -> %s%n", f.name(), oa.label(), oa.codes(),
              ob.codes());
          explain(out, oa, ob, a, b);
        }
      }
    }
    out.printf("diff: %d fixtures, %d flipped, %d changed codes only, %d unchanged%n", total, flips, changed,
        total - flips - changed);
    out.flush();
    return flips + changed == 0 ? ExitCode.OK : ExitCode.HOLD;
  }

  private static ReplayResult run(Fixture f, GateEngine engine) {
    return Replayer.withPolicies(name -> engine).replay(f);
  }

  private static void explain(PrintWriter out, Outcome oa, Outcome ob, ReplayResult a, ReplayResult b) {
    List<OutcomeDiff.Step> steps = new ArrayList<>();
    for (int i = 0; i < Math.min(a.chain().size(), b.chain().size()); i++) {
      Adjudication la = a.chain().get(i);
      steps.add(new OutcomeDiff.Step(la.summary().lane(), la.summary().executionId(), Outcome.of(la),
          Outcome.of(b.chain().get(i))));
    }
    OutcomeDiff.explain(out, oa, ob, steps);
  }
}
