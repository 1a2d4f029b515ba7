package dev.gateadjudicator.testing;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.replay.Replayer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a folder of fixtures ({@code NAME.factset.json} beside {@code NAME.expected.json}) into one JUnit 5 dynamic
 * test each, replayed on every core and reported in discovery order:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> ourFixtures() {
 *   return GateFixtures.replay(Path.of("src/test/fixtures"));
 * }
 * }</pre>
 */
public final class GateFixtures {
  private GateFixtures() {}

  /**
   * One dynamic test per fixture, each judged under the bundled policy it names.
   *
   * @param folder the fixture folder, searched recursively
   * @return the tests
   */
  public static Stream<DynamicTest> replay(Path folder) {
    return replay(folder, Replayer.withBundledPolicies());
  }

  /**
   * One dynamic test per fixture, judged under the engines a resolver gives for the policy names fixtures use
   * (for example your own policy folder for {@code default}).
   *
   * @param folder the fixture folder, searched recursively
   * @param engines policy name to engine
   * @return the tests
   */
  public static Stream<DynamicTest> replay(Path folder, Function<String, GateEngine> engines) {
    return replay(folder, Replayer.withPolicies(engines));
  }

  private static Stream<DynamicTest> replay(Path folder, Replayer replayer) {
    List<Fixture> all = Fixtures.discover(folder);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no fixtures below `" + folder + "`");
    }
    // every fixture starts replaying on every core now; each test waits for its own, in discovery order
    Replayer.Replay run = replayer.start(all);
    return java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> {
      Fixture f = all.get(i);
      return DynamicTest.dynamicTest(f.name(), f.factSet().toUri(), () -> check(f, run.result(i)));
    }).onClose(run::close);
  }

  private static void check(Fixture f, ReplayResult r) {
    if (!r.matched()) {
      throw new AssertionError(f.name() + " (" + f.description() + "): " + String.join("; ", r.mismatches())
          + (r.error() == null ? "" : " [" + r.error() + "]"));
    }
  }
}
