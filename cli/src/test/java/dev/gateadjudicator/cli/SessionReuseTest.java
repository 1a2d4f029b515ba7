package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.Replayer;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.PolicyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An engine reuses rule sessions across adjudications. Whatever one adjudication leaves behind must never reach the
 * next: every fixture's adjudication on one long-lived engine, after any other fact set and from several threads at
 * once, is byte for byte what a fresh engine that never saw another fact set gives.
 */
class SessionReuseTest {
  private static final Path ROOT = GateCliTest.ROOT;

  /** One fact set to adjudicate: a fixture's (a gate's with its rolled-up lane results added) and its policy. */
  private record Input(String name, String policy, FactSet factSet) {}

  private static List<Input> inputs;
  /** What a fresh engine per fact set gives, by input name. */
  private static Map<String, String> fresh;

  @BeforeAll
  static void adjudicateEveryFixtureOnAFreshEngine() throws Exception {
    inputs = new ArrayList<>();
    fresh = new LinkedHashMap<>();
    for (Fixture f : Fixtures.discover(ROOT.resolve("fixtures"))) {
      FactSet fs;
      try {
        fs = FactSets.read(f.factSet());
        if (!f.rollsUp().isEmpty()) {
          GateEngine lanes = GateEngine.withBundledPolicy(f.policy());
          List<Adjudication> chain = new ArrayList<>();
          for (Path lane : f.rollsUp()) {
            chain.add(lanes.adjudicate(FactSets.read(lane)));
          }
          fs = Replayer.withLaneResults(f, fs, chain);
        }
      } catch (InvalidFactSetException e) {
        continue;   // refused before any engine sees it
      }
      Input in = new Input(f.name(), f.policy(), fs);
      inputs.add(in);
      fresh.put(in.name(), outcome(GateEngine.withBundledPolicy(in.policy()), in.factSet()));
    }
  }

  @Test
  void oneEngine_interleavedFailingAndPassingFactSets_matchAFreshEnginePerFactSet() {
    List<Input> passing = new ArrayList<>();
    List<Input> failing = new ArrayList<>();
    inputs.forEach(in -> (fresh.get(in.name()).startsWith("exit 0\n") ? passing : failing).add(in));
    assertThat(passing).hasSizeGreaterThan(20);
    assertThat(failing).hasSizeGreaterThan(20);
    List<Input> interleaved = new ArrayList<>();
    for (int i = 0; i < Math.max(passing.size(), failing.size()); i++) {
      if (i < failing.size()) {
        interleaved.add(failing.get(i));
      }
      if (i < passing.size()) {
        interleaved.add(passing.get(i));
      }
    }
    Map<String, GateEngine> engines = new LinkedHashMap<>();
    Function<String, GateEngine> engine = p -> engines.computeIfAbsent(p, GateEngine::withBundledPolicy);
    int compared = 0;
    // twice forwards and once backwards, so each fact set follows others of its lane, passing and failing
    List<Input> reversed = new ArrayList<>(interleaved);
    Collections.reverse(reversed);
    for (List<Input> round : List.of(interleaved, reversed, interleaved)) {
      for (Input in : round) {
        assertThat(outcome(engine.apply(in.policy()), in.factSet())).as(in.name()).isEqualTo(fresh.get(in.name()));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(3 * inputs.size());
    assertThat(inputs).hasSizeGreaterThan(200);
  }

  @Test
  void oneEngine_severalThreadsAtOnce_matchSequentialResults() throws Exception {
    GateEngine engine = GateEngine.withDefaultPolicy();
    List<Input> defaults = inputs.stream().filter(in -> in.policy().equals(GateEngine.DEFAULT_POLICY)).toList();
    Map<String, String> sequential = new LinkedHashMap<>();
    for (Input in : defaults) {
      sequential.put(in.name(), outcome(engine, in.factSet()));
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, String>>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<Input> order = new ArrayList<>(defaults);
        Collections.shuffle(order, new Random(31L * t + 7));
        runs.add(pool.submit(() -> {
          Map<String, String> got = new LinkedHashMap<>();
          for (Input in : order) {
            got.put(in.name(), outcome(engine, in.factSet()));
          }
          return got;
        }));
      }
      for (Future<Map<String, String>> run : runs) {
        Map<String, String> got = run.get();
        assertThat(got).hasSameSizeAs(sequential);
        got.forEach((name, out) -> assertThat(out).as(name).isEqualTo(sequential.get(name)));
      }
    } finally {
      pool.shutdownNow();
    }
    sequential.forEach((name, out) -> assertThat(out).as(name).isEqualTo(fresh.get(name)));
  }

  /** Everything an adjudication gives out, as one text: exit code, fired rules and every artifact; or the refusal. */
  private static String outcome(GateEngine engine, FactSet fs) {
    try {
      Adjudication a = engine.adjudicate(fs);
      StringBuilder sb = new StringBuilder("exit ").append(a.exitCode()).append('\n')
          .append(a.outcome()).append('\n').append(a.firedRules()).append('\n');
      a.artifacts().forEach((file, text) -> sb.append("== ").append(file).append('\n').append(text).append('\n'));
      return sb.toString();
    } catch (InvalidFactSetException | PolicyException e) {
      return "refused " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
