package dev.gateadjudicator.replay;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.LaneRollup;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.SupersededResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Replays fixtures against their expected outcomes. Engines are built once per policy name and shared; a list of
 * fixtures replays on every core ({@link #start}, {@link #replayAll}).
 */
public final class Replayer {
  /** Exit code of invalid input. */
  public static final int EXIT_INVALID = 3;
  /** Exit code of a policy error. */
  public static final int EXIT_POLICY = 4;

  private final Function<String, GateEngine> engines;
  private final Map<String, GateEngine> cache = new ConcurrentHashMap<>();

  private Replayer(Function<String, GateEngine> engines) {
    this.engines = engines;
  }

  /**
   * A replayer that judges each fixture under the bundled policy it names.
   *
   * @return the replayer
   */
  public static Replayer withBundledPolicies() {
    return new Replayer(GateEngine::withBundledPolicy);
  }

  /**
   * A replayer that resolves policy names itself, for example to use a folder in place of {@code default}.
   *
   * @param resolver policy name to engine
   * @return the replayer
   */
  public static Replayer withPolicies(Function<String, GateEngine> resolver) {
    return new Replayer(resolver);
  }

  /**
   * Replays one fixture.
   *
   * @param fixture the fixture
   * @return the result
   */
  public ReplayResult replay(Fixture fixture) {
    Expectation e = fixture.expect();
    try {
      GateEngine engine = cache.computeIfAbsent(fixture.policy(), engines);
      return adjudicate(fixture, engine);
    } catch (InvalidFactSetException ex) {
      List<String> m = new ArrayList<>();
      if (e.exitCode() != EXIT_INVALID) {
        m.add("exit code " + EXIT_INVALID + " (" + ex.getMessage() + "), expected " + e.exitCode());
      } else if (e.errorPath() != null && !e.errorPath().equals(ex.path())) {
        m.add("error path `" + ex.path() + "`, expected `" + e.errorPath() + "` (" + ex.getMessage() + ")");
      }
      return new ReplayResult(fixture, EXIT_INVALID, null, ex.getMessage(), m, List.of());
    } catch (PolicyException ex) {
      List<String> m = e.exitCode() == EXIT_POLICY ? List.of()
          : List.of("exit code " + EXIT_POLICY + " (" + ex.getMessage() + "), expected " + e.exitCode());
      return new ReplayResult(fixture, EXIT_POLICY, null, ex.getMessage(), m, List.of());
    } catch (IOException ex) {
      return new ReplayResult(fixture, EXIT_INVALID, null, ex.getMessage(), List.of("cannot read: " + ex),
          List.of());
    }
  }

  /**
   * Adjudicates a fixture under a given engine, whatever policy it names, and compares it with its expectation.
   * A gate fixture that rolls up lane fact sets first adjudicates them under the same engine and adds their
   * outcomes as {@code lane_result} facts.
   *
   * @param fixture the fixture
   * @param engine the engine
   * @return the result
   * @throws IOException when a file cannot be read
   * @throws InvalidFactSetException when a fact set is invalid
   */
  public static ReplayResult adjudicate(Fixture fixture, GateEngine engine) throws IOException {
    FactSet fs = FactSets.read(fixture.factSet());
    List<Adjudication> chain = new ArrayList<>();
    for (java.nio.file.Path lanePath : fixture.rollsUp()) {
      chain.add(engine.adjudicate(FactSets.read(lanePath)));
    }
    Adjudication a = engine.adjudicate(withLaneResults(fixture, fs, chain));
    return new ReplayResult(fixture, a.exitCode(), a, null, compare(fixture.expect(), a), chain);
  }

  /**
   * The fact set a fixture's gate is judged on: its own facts plus a {@code lane_result} per rolled-up lane
   * adjudication. This is what a ledger stores for a replayed gate, so that it can be judged again.
   *
   * @param fixture the fixture
   * @param factSet its parsed fact set
   * @param chain the adjudications of {@link Fixture#rollsUp()}, in that order
   * @return the fact set, unchanged when the fixture rolls nothing up
   */
  public static FactSet withLaneResults(Fixture fixture, FactSet factSet, List<Adjudication> chain) {
    if (chain.isEmpty()) {
      return factSet;
    }
    List<Fact> facts = new ArrayList<>(factSet.facts());
    for (int i = 0; i < chain.size(); i++) {
      facts.add(laneResult(chain.get(i), "replay:" + fixture.rollsUp().get(i).getFileName()));
    }
    return factSet.withFacts(facts);
  }

  /**
   * The {@code lane_result} fact a lane adjudication stands for, as a gate lane reads it from an execution
   * summary. Replay assumes the lane's evidence was durably published ({@code durable_readback_ok} true).
   *
   * @param lane the lane adjudication
   * @param source where it came from
   * @return the fact
   */
  static LaneResult laneResult(Adjudication lane, String source) {
    var s = lane.summary();
    return new LaneResult(s.executionId(), source, s.lane(), s.executionId(), s.capturedAt(), s.overallPass(),
        s.blockerCount(), s.blockerCodes(), s.nextGate(), true);
  }

  /**
   * Replays fixtures on every core, with the same results as one at a time in order.
   *
   * @param fixtures the fixtures
   * @return one result each, in their order
   */
  public List<ReplayResult> replayAll(List<Fixture> fixtures) {
    try (Replay run = start(fixtures)) {
      List<ReplayResult> out = new ArrayList<>(fixtures.size());
      for (int i = 0; i < fixtures.size(); i++) {
        out.add(run.result(i));
      }
      return out;
    }
  }

  /**
   * Starts replaying fixtures on every core and returns at once; {@link Replay#result} waits for one. Fixtures are
   * independent and an engine is shared safely across threads, so the results are those of replaying them one at a
   * time in order. The first fixture of each policy goes first, so that building another policy (a {@code --rules}
   * folder or an overlay that compiles from DRL) overlaps the replay of the rest instead of stalling it.
   *
   * @param fixtures the fixtures
   * @return the replay under way
   */
  public Replay start(List<Fixture> fixtures) {
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
      pending.set(i, pool.submit(() -> replay(f)));
    }
    pool.shutdown();
    return new Replay(pool, List.copyOf(pending));
  }

  /** A replay under way ({@link #start}); closing it abandons the fixtures not yet replayed. */
  public static final class Replay implements AutoCloseable {
    private final java.util.concurrent.ExecutorService pool;
    private final List<java.util.concurrent.Future<ReplayResult>> pending;

    private Replay(java.util.concurrent.ExecutorService pool, List<java.util.concurrent.Future<ReplayResult>> pending) {
      this.pool = pool;
      this.pending = pending;
    }

    /**
     * One fixture's result once it is replayed; what its replay threw is thrown here, as if replayed in this thread.
     *
     * @param index the fixture's index in the list given to {@link #start}
     * @return its result
     */
    public ReplayResult result(int index) {
      try {
        return pending.get(index).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while replaying fixtures", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }

  private static List<String> compare(Expectation e, Adjudication a) {
    List<String> m = new ArrayList<>();
    check(m, "exit code", e.exitCode(), a.exitCode());
    if (e.overallPass() != null) {
      check(m, "overall_pass", e.overallPass(), a.summary().overallPass());
    }
    if (e.verdict() != null) {
      check(m, "verdict", e.verdict(), a.summary().verdict());
    }
    if (e.nextGate() != null) {
      check(m, "next_gate", e.nextGate(), a.summary().nextGate());
    }
    if (e.blockerCodes() != null) {
      check(m, "blocker_codes", new TreeSet<>(e.blockerCodes()), new TreeSet<>(a.summary().blockerCodes()));
    }
    if (e.blockerCount() != null) {
      check(m, "blocker_count", e.blockerCount(), a.summary().blockerCount());
    }
    if (e.effective() != null) {
      Map<String, String> actual = new TreeMap<>();
      for (LaneRollup r : a.rollup().lanes()) {
        actual.put(r.lane(), r.executionId());
      }
      check(m, "effective lane results", new TreeMap<>(e.effective()), actual);
    }
    if (e.superseded() != null) {
      check(m, "superseded", new TreeSet<>(e.superseded()),
          new TreeSet<>(a.rollup().superseded().stream().map(SupersededResult::executionId).toList()));
    }
    if (e.waivedCodes() != null) {
      check(m, "waived codes", new TreeSet<>(e.waivedCodes()),
          new TreeSet<>(a.register().waived().stream().map(Blocker::code).toList()));
    }
    return m;
  }

  private static void check(List<String> m, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      m.add(what + " was " + actual + ", expected " + expected);
    }
  }
}
