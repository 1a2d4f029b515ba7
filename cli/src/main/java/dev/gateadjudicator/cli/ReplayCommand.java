package dev.gateadjudicator.cli;

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
    List<Fixture> fixtures = Fixtures.discover(root);
    Replayer replayer = Replayer.withPolicies(policy::engineFor);
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    List<Decision> decisions = new ArrayList<>();
    // Fixtures are independent and an engine is shared safely across threads, so they are adjudicated on every core
    // and reported in their own order: the output is the same as one at a time. The first fixture of each policy
    // goes first, so that compiling another policy (a `--rules` folder or an overlay, from DRL) overlaps the
    // replay of the rest instead of stalling it.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Math.min(fixtures.size(), Runtime.getRuntime().availableProcessors())), task -> {
          Thread t = new Thread(task, "gate-replay");
          t.setDaemon(true);
          return t;
        });
    java.util.Set<Integer> order = new java.util.LinkedHashSet<>();
    java.util.Set<String> policies = new java.util.HashSet<>();
    for (int i = 0; i < fixtures.size(); i++) {
      if (policies.add(fixtures.get(i).policy())) {
        order.add(i);
      }
    }
    for (int i = 0; i < fixtures.size(); i++) {
      order.add(i);
    }
    List<java.util.concurrent.Future<ReplayResult>> pending = new ArrayList<>(java.util.Collections.nCopies(
        fixtures.size(), null));
    for (int i : order) {
      Fixture f = fixtures.get(i);
      pending.set(i, pool.submit(() -> replayer.replay(f)));
    }
    pool.shutdown();
    for (int i = 0; i < fixtures.size(); i++) {
      Fixture f = fixtures.get(i);
      ReplayResult r = result(pending.get(i), pool);
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
    out.printf("replay: %d passed, %d failed%n", fixtures.size() - failed, failed);
    out.flush();
    return ledger.record(spec, failed == 0 ? ExitCode.OK : ExitCode.HOLD, decisions);
  }

  /** A fixture's replay once done; what it threw is thrown here, in fixture order, as if replayed in this thread. */
  private static ReplayResult result(java.util.concurrent.Future<ReplayResult> pending,
      java.util.concurrent.ExecutorService pool) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying fixtures", e);
    } catch (java.util.concurrent.ExecutionException e) {
      pool.shutdownNow();
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
