package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.replay.ReplayResult;
import dev.gateadjudicator.replay.Replayer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every fixture below {@code fixtures/}: one dynamic test per fixture, named by its path. */
class FixtureReplayTest {
  static final Path FIXTURES = Path.of("..", "fixtures");
  private static final Replayer REPLAYER = Replayer.withBundledPolicies();

  @TestFactory
  Stream<DynamicTest> fixtures_matchTheirExpectedOutcomes() {
    List<Fixture> all = Fixtures.discover(FIXTURES);
    assertThat(all).as("fixtures below %s", FIXTURES.toAbsolutePath()).isNotEmpty();
    return all.stream().map(f -> DynamicTest.dynamicTest(f.name(), f.factSet().toUri(), () -> {
      ReplayResult r = REPLAYER.replay(f);
      assertThat(r.mismatches()).as("%s: %s%s", f.name(), f.description(),
          r.error() == null ? "" : " [" + r.error() + "]").isEmpty();
    }));
  }
}
