package dev.gateadjudicator.testing;

import static dev.gateadjudicator.testing.AdjudicationAssert.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;

/** The project's own fixtures, replayed the way a user's suite would replay theirs. */
class ProjectFixturesTest {
  static final Path FIXTURES = Path.of("..", "fixtures");

  @TestFactory
  Stream<DynamicTest> fixtures_matchTheirExpectedOutcomes() {
    return GateFixtures.replay(FIXTURES);
  }

  @ParameterizedTest
  @FixtureSource("../fixtures/p6/invalid")
  void invalidFixtures_expectExitThree(Fixture fixture) {
    org.assertj.core.api.Assertions.assertThat(fixture.expect().exitCode()).isEqualTo(3);
  }

  @Test
  void strictRerun_holdsOnTheThreeRecordedBlockers() throws Exception {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(FactSets.parse(Files.readAllBytes(
        FIXTURES.resolve("p6/m6f_p6b_streaming_active_20260225T163455Z.factset.json"))));
    assertThat(a).hasVerdict(Verdict.HOLD_REMEDIATE).hasBlockers("M6P6-B2", "M6P6-B3", "M6P6-B4")
        .hasNextGate("HOLD_REMEDIATE").hasFinding("M6P6-B2", "M6P6-B2 stream lane not RUNNING");
  }

  @Test
  void assertion_failsWithTheActualBlockers() throws Exception {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(FactSets.parse(Files.readAllBytes(
        FIXTURES.resolve("p6/m6f_p6b_streaming_active_20260225T171938Z.factset.json"))));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertThat(a).hasBlockers("M6P6-B2"))
        .hasMessageContaining("expected blockers [M6P6-B2] but were [M6P6-B3, M6P6-B4]");
  }
}
