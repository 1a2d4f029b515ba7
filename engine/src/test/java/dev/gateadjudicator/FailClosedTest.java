package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fail closed, as properties over the passing fixtures: dropping any fact a passing lane relies on, or adding a
 * failed read of any kind, never leaves it passing.
 */
class FailClosedTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final List<String> PASSING = List.of("edge/m6f_pass_strict", "edge/m6g_pass",
      "m6e_p6a_stream_entry_20260225T120522Z", "edge/m6f_lag_equal_threshold");
  private static final List<String> TARGET_KINDS = List.of("gate_verdict", "handles", "runtime_substrate",
      "nodegroup", "lane_state", "admission_progress", "lag_posture", "publish_ambiguity", "evidence_overhead",
      "lane_result", "something_new");

  static Stream<Arguments> passingFactsDropped() {
    List<Arguments> out = new ArrayList<>();
    for (String name : PASSING) {
      FactSet fs = TestFixtures.factSet(name);
      for (int i = 0; i < fs.facts().size(); i++) {
        out.add(Arguments.of(name, i));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"edge/m6f_pass_strict", "edge/m6g_pass", "m6e_p6a_stream_entry_20260225T120522Z"})
  void passingFixture_passes(String name) {
    assertThat(ENGINE.adjudicate(TestFixtures.factSet(name)).outcome()).isEqualTo(Verdict.ADVANCE);
  }

  @ParameterizedTest
  @MethodSource("passingFactsDropped")
  void droppingAnyFact_neverPasses(String name, int index) {
    FactSet fs = TestFixtures.factSet(name);
    List<Fact> facts = new ArrayList<>(fs.facts());
    Fact dropped = facts.remove(index);
    Adjudication a = ENGINE.adjudicate(fs.withFacts(facts));
    assertThat(a.outcome()).as("%s without %s", name, dropped.id()).isNotEqualTo(Verdict.ADVANCE);
    assertThat(a.summary().blockerCount()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("errors")
  void anyCollectionError_neverPasses(String name, String targetKind, ErrorType error) {
    FactSet fs = TestFixtures.factSet(name);
    List<Fact> facts = new ArrayList<>(fs.facts());
    facts.add(new CollectionError(null, "test", "fault-injection", targetKind, "target", error, "injected"));
    Adjudication a = ENGINE.adjudicate(fs.withFacts(facts));
    assertThat(a.outcome()).as("%s with a %s %s error", name, error, targetKind).isNotEqualTo(Verdict.ADVANCE);
  }

  static Stream<Arguments> errors() {
    Random random = new Random(42);
    List<Arguments> out = new ArrayList<>();
    for (String name : PASSING) {
      for (String kind : TARGET_KINDS) {
        ErrorType[] types = ErrorType.values();
        out.add(Arguments.of(name, kind, types[random.nextInt(types.length)]));
      }
    }
    return out.stream();
  }
}
