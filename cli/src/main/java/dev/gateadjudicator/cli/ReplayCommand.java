package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.ledger.Decision;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.replay.Replayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate replay DIR}: adjudicate every fixture and compare it with its expected outcome. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay fixtures (NAME.factset.json beside NAME.expected.json) against their expected outcomes.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every fixture matched", "1:a fixture did not match", "3:a fixture folder is invalid",
        "4:policy error (names file and line)", "64:usage error"})
final class ReplayCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Fixture folder (searched recursively) or one fact set.")
  Path root;

  @Mixin
  PolicyOptions policy;

  @Mixin
  LedgerOptions ledger;

  @Override
  public Integer call() {
    // the default policy, which nearly every fixture names, builds on another core while the fixtures are found;
    // what building it throws is thrown for each fixture that names it, as building it then would
    java.util.concurrent.CompletableFuture<GateEngine> ahead = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> policy.engineFor(GateEngine.DEFAULT_POLICY));
    List<Fixture> fixtures = Fixtures.discover(root);
    Replayer replayer = Replayer.withPolicies(name -> GateEngine.DEFAULT_POLICY.equals(name) ? PolicyOptions.await(ahead)
        : policy.engineFor(name));
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    List<Decision> decisions = new ArrayList<>();
    // on every core, reported in fixture order as each is done: the output is the same as one at a time
    try (Replayer.Replay run = replayer.start(fixtures)) {
      for (int i = 0; i < fixtures.size(); i++) {
        Fixture f = fixtures.get(i);
        ReplayResult r = run.result(i);
        String outcome = r.adjudication() == null ? "exit " + r.exitCode()
            : (r.adjudication().summary().verdict() != null ? r.adjudication().summary().verdict()
                : r.adjudication().summary().nextGate()) + " " + r.adjudication().summary().blockerCodes();
        out.printf("%s %-70s %s%n", r.matched() ? "ok  " : "FAIL", f.name(), outcome);
        for (String m : r.mismatches()) {
          out.printf("       %s%n", m);
        }
        failed += r.matched() ? 0 : 1;
        if (ledger.configured() && r.adjudication() != null) {
          decisions.add(recorded(f, r));
        }
      }
    }
    out.printf("replay: %d passed, %d failed%n", fixtures.size() - failed, failed);
    out.flush();
    return ledger.record(spec, failed == 0 ? ExitCode.OK : ExitCode.HOLD, decisions);
  }

  /** A replayed fixture as a ledger decision: a gate with the lane results it rolled up, so it can be re-audited. */
  private static Decision recorded(Fixture f, ReplayResult r) {
    try {
      FactSet fs = Replayer.withLaneResults(f, dev.gateadjudicator.FactSets.read(f.factSet()),
          r.chain());
      return Decision.of(r.adjudication(), fs, null, f.factSet().toAbsolutePath().normalize().toString(), "replay");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
