package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.replay.Replayer;
import dev.gateadjudicator.result.Adjudication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate test [--rules DIR] [--coverage] [--min-coverage N] FIXTURES...}: replay with coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Replay fixtures against their expected outcomes (like `opa test`), optionally reporting how "
        + "many fixtures fired each rule and raised each code of the policy under test.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every fixture matched and coverage met the minimum",
        "1:a fixture did not match, or a code was raised by fewer fixtures than --min-coverage",
        "3:a fixture folder is invalid", "4:policy error"})
final class TestCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, json, junit }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FIXTURES", description = "Fixture folders or fact-set files.")
  List<Path> roots;

  @Mixin
  PolicyOptions policy;

  @Option(names = "--coverage", description = "Report coverage per rule and per blocker code.")
  boolean coverage;

  @Option(names = "--min-coverage", paramLabel = "N",
      description = "Fail when a code of the policy under test is raised by fewer than N fixtures (implies --coverage).")
  int minCoverage;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json or junit (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--watch", description = "Re-run the fixtures whenever a file of the policy folder changes "
      + "(--rules DIR, or the checkout's rules/default when run through ./gate); stop with Ctrl-C.")
  boolean watch;

  /** For tests: stop watching after this many re-runs (0: never stop). */
  @Option(names = "--watch-runs", hidden = true, paramLabel = "N")
  int watchRuns;

  @Override
  public Integer call() throws Exception {
    if (!watch) {
      return runOnce();
    }
    Path folder = policy.rules != null ? policy.rules
        : dev.gateadjudicator.internal.SourceCheckout.rules().map(r -> r.resolve(GateEngine.DEFAULT_POLICY))
            .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "`--watch` needs `--rules DIR`, or a checkout's `./gate`, to know which folder to watch"));
    try (PolicyWatcher watcher = new PolicyWatcher(folder)) {
      int code = runSafely();
      for (int run = 1; watchRuns == 0 || run <= watchRuns; run++) {
        spec.commandLine().getErr().println("gate: watching `" + folder + "` for changes (Ctrl-C to stop)");
        spec.commandLine().getErr().flush();
        watcher.awaitChange();
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("== policy changed, re-running the fixtures");
        code = runSafely();
      }
      return code;
    }
  }

  /** One run of a watch: a broken policy is reported and the watch goes on, since the next save may fix it. */
  private int runSafely() throws Exception {
    try {
      return runOnce();
    } catch (dev.gateadjudicator.result.PolicyException e) {
      spec.commandLine().getErr().println("gate: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCode.POLICY;
    }
  }

  private int runOnce() throws Exception {
    GateEngine underTest = policy.engineFor(GateEngine.DEFAULT_POLICY);
    Replayer replayer = Replayer.withPolicies(name -> GateEngine.DEFAULT_POLICY.equals(name)
        ? underTest : policy.engineFor(name));
    List<ReplayResult> results = new ArrayList<>();
    List<List<Adjudication>> covered = new ArrayList<>();
    for (Path root : roots) {
      for (Fixture f : Fixtures.discover(root)) {
        ReplayResult r = replayer.replay(f);
        results.add(r);
        if (GateEngine.DEFAULT_POLICY.equals(f.policy()) && r.adjudication() != null) {
          List<Adjudication> all = new ArrayList<>(r.chain());
          all.add(r.adjudication());
          covered.add(all);
        }
      }
    }
    Coverage cov = coverage || minCoverage > 0 ? Coverage.of(underTest.policy(), covered) : null;
    List<String> uncovered = cov == null || minCoverage <= 0 ? List.of() : cov.codesBelow(minCoverage);
    TestRun run = new TestRun(underTest.policyName(), results, cov, minCoverage, uncovered);
    String report = switch (format) {
      case table -> TestReportText.render(run);
      case json -> TestReportJson.render(run);
      case junit -> TestReportJunit.render(run);
    };
    if (output != null) {
      Files.writeString(output, report, StandardCharsets.UTF_8);
      spec.commandLine().getOut().printf("test: %d passed, %d failed%n", results.size() - run.failed(), run.failed());
    } else {
      spec.commandLine().getOut().print(report);
    }
    uncovered.forEach(c -> spec.commandLine().getErr().println(
        "gate: code `" + c + "` is raised by fewer than " + minCoverage + " fixture(s)"));
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    return run.ok() ? ExitCode.OK : ExitCode.HOLD;
  }
}
