package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.FactRef;
import dev.gateadjudicator.result.GateVerdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GateEngineTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();

  @ParameterizedTest
  @ValueSource(strings = {
      "m6f_p6b_streaming_active_20260225T121536Z",
      "m6g_p6c_gate_rollup_20260225T173000Z",
      "m6e_p6a_stream_entry_20260225T120522Z",
      "edge/m6g_same_instant_disagree"})
  void artifacts_areByteIdenticalWhateverTheFactOrder(String fixture) {
    FactSet fs = TestFixtures.factSet(fixture);
    Adjudication reference = ENGINE.adjudicate(fs);
    Random random = new Random(20260225L);
    for (int i = 0; i < 25; i++) {
      List<Fact> shuffled = new ArrayList<>(fs.facts());
      Collections.shuffle(shuffled, random);
      Adjudication again = ENGINE.adjudicate(fs.withFacts(shuffled));
      assertThat(again.artifacts()).isEqualTo(reference.artifacts());
      assertThat(again.factSetDigest()).isEqualTo(reference.factSetDigest());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "legacy-p6"})
  void bundledPolicy_compilesEveryPhase(String name) {
    GateEngine engine = GateEngine.withBundledPolicy(name).warmUp();
    assertThat(engine.policy().phases()).isNotEmpty();
    assertThat(engine.policy().codes()).isNotEmpty();
  }

  @Test
  void engine_isSafeToShareAcrossThreads() throws Exception {
    List<String> names = List.of("m6f_p6b_streaming_active_20260225T163455Z",
        "m6f_p6b_streaming_active_20260225T171938Z", "m6g_p6c_gate_rollup_20260225T173000Z",
        "m6e_p6a_stream_entry_20260225T044348Z");
    List<Adjudication> expected = names.stream().map(n -> ENGINE.adjudicate(TestFixtures.factSet(n))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Adjudication>> futures = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String name = names.get(i % names.size());
        futures.add(pool.submit(() -> ENGINE.adjudicate(TestFixtures.factSet(name))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get().artifacts()).isEqualTo(expected.get(i % names.size()).artifacts());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void gateLane_writesItsEvidenceContractWithDigests() {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet("m6g_p6c_gate_rollup_20260225T173000Z"));
    assertThat(a.artifacts()).containsOnlyKeys("m6g_p6_gate_rollup_matrix.json", "m6g_p6_blocker_register.json",
        "m6g_p6_gate_verdict.json", "m6g_execution_summary.json");
    GateVerdict v = a.verdict().orElseThrow();
    assertThat(v.verdict()).isEqualTo("HOLD_REMEDIATE");
    assertThat(v.policyDigest()).hasSize(64).isEqualTo(ENGINE.policyDigest());
    assertThat(v.factSetDigest()).hasSize(64).isEqualTo(a.factSetDigest());
    assertThat(new String(a.artifact("m6g_p6_gate_verdict.json"))).contains("\"verdict\" : \"HOLD_REMEDIATE\"");
    assertThat(new String(a.artifact("m6g_execution_summary.json"))).contains("\"verdict\" : \"HOLD_REMEDIATE\"");
  }

  @Test
  void streamingLane_writesItsEvidenceContract() {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet("m6f_p6b_streaming_active_20260225T163455Z"));
    assertThat(a.artifacts()).containsOnlyKeys("m6f_streaming_active_snapshot.json",
        "m6f_streaming_lag_posture.json", "m6f_publish_ambiguity_register.json",
        "m6f_evidence_overhead_snapshot.json", "m6f_blocker_register.json", "m6f_execution_summary.json");
    assertThat(a.verdict()).isEmpty();
    assertThat(a.summary().verdict()).isNull();
  }

  @Test
  void artifacts_carryNoTimeButTheCaptureTimesOfTheFacts() {
    for (String name : List.of("m6g_p6c_gate_rollup_20260225T173000Z", "m6f_p6b_streaming_active_20260225T121536Z")) {
      FactSet fs = TestFixtures.factSet(name);
      String input = new String(TestFixtures.bytes(TestFixtures.p6(name)));
      Pattern time = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
      for (String artifact : ENGINE.adjudicate(fs).artifacts().values()) {
        Matcher m = time.matcher(artifact);
        while (m.find()) {
          // a time is either in the input as written, or the run start read from `platform_run_id`
          String compact = m.group().replaceAll("[-:]", "");
          assertThat(input.contains(m.group()) || input.contains(compact))
              .as("time %s in an artifact comes from the fact set", m.group()).isTrue();
        }
      }
    }
  }

  @Test
  void registerFindings_nameTheRuleAndTheFactsTheyMatched() {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet("m6f_p6b_streaming_active_20260225T121536Z"));
    Blocker b2 = a.register().blockers().stream().filter(b -> b.code().equals("M6P6-B2")).findFirst().orElseThrow();
    assertThat(b2.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("M6P6-B2 nodegroup failed is the root cause");
      assertThat(f.subject()).isEqualTo("fraud-platform-dev-full-m6f-workers");
      assertThat(f.detail()).contains("CREATE_FAILED").contains("NodeCreationFailure");
      assertThat(f.facts()).containsExactly(new FactRef("m6f-workers", "nodegroup"));
    });
    assertThat(a.summary().blockerCount()).isEqualTo(3);
  }
}
