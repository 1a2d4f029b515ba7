package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.fact.LaneBinding;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.CheckStatus;
import dev.gateadjudicator.result.GateVerdict;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The P0 SUBSTRATE_READY gate: verdict policy, rollup, evidence contracts and fail-closed properties. */
class P0GateTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path P0 = TestFixtures.FIXTURES.resolve("p0");
  private static final Path TAXONOMY = TestFixtures.DEFAULT_POLICY.resolve("p0/taxonomy.json");

  // ---- helpers --------------------------------------------------------------------------------------

  private static FactSet p0(String name) {
    Path patch = P0.resolve(name + ".patch.json");
    try {
      return java.nio.file.Files.exists(patch) ? FactSets.read(patch)
          : FactSets.parse(TestFixtures.bytes(P0.resolve(name + ".factset.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> expectations() {
    try (Stream<Path> s = Files.walk(P0)) {
      return s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path factSetOf(Path expectation) {
    return expectation.resolveSibling(expectation.getFileName().toString().replace(".expected.json", ".factset.json"));
  }

  /** The lane a fixture's fact set (or fact-set patch) is about. */
  private static String laneOf(Path expectation) {
    Path patch = expectation.resolveSibling(expectation.getFileName().toString().replace(".expected.json",
        ".patch.json"));
    try {
      return Files.exists(patch) ? FactSets.read(patch).lane()
          : read(factSetOf(expectation)).path("lane").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Passing P0 fixtures (lanes and the gate), as paths relative to fixtures/p0 without the suffix. */
  static Stream<String> passingFixtures() {
    return expectations().stream()
        .filter(e -> read(e).path("expect").path("exit_code").asInt() == 0)
        .map(e -> P0.relativize(factSetOf(e)).toString().replace(".factset.json", ""));
  }

  /** Every P0 fixture that adjudicates (all but the invalid-input ones). */
  static Stream<String> adjudicableFixtures() {
    return expectations().stream()
        .filter(e -> read(e).path("expect").path("exit_code").asInt() <= 2)
        .map(e -> P0.relativize(factSetOf(e)).toString().replace(".factset.json", ""));
  }

  private static void assertAdvances(Adjudication a, String nextGate) {
    assertThat(a.outcome()).as("outcome of %s", a.summary().executionId()).isEqualTo(Verdict.ADVANCE);
    assertThat(a.summary().nextGate()).isEqualTo(nextGate);
  }

  private static void assertDoesNotAdvance(Adjudication a, String why) {
    assertThat(a.outcome()).as(why).isNotEqualTo(Verdict.ADVANCE);
    assertThat(a.summary().overallPass()).as(why).isFalse();
  }

  // ---- the verdict policy ("Done when") ----------------------------------------------------------

  @Test
  void gate_withOnlyAnS3Blocker_advancesWithItAsResidual() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_residual_s3_only"));

    assertAdvances(a, "M3_READY");
    GateVerdict v = a.verdict().orElseThrow();
    assertThat(v.verdict()).isEqualTo("ADVANCE_TO_P1");
    assertThat(v.residualCodes()).containsExactly("M2-B6");
    assertThat(v.decidedBy()).containsExactly("gate advances to its next gate with residuals only");
  }

  @Test
  void gate_withAnS2Blocker_holds() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_hold_s2"));

    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.verdict().orElseThrow().residualCodes()).isEmpty();
    assertThat(a.summary().blockerCodes()).containsExactly("M2-B4");
  }

  @Test
  void gate_withM2B7_isNoGo() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_no_go_m2b7"));

    assertThat(a.outcome()).isEqualTo(Verdict.NO_GO_RESET_REQUIRED);
    assertThat(a.verdict().orElseThrow().verdict()).isEqualTo("NO_GO_RESET_REQUIRED");
    assertThat(a.exitCode()).isEqualTo(2);
  }

  @Test
  void gate_carriesLaneCodesAsTheirM2Code_namingTheLaneCode() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_carry_core_apply"));

    Blocker b2 = a.register().blockers().stream().filter(b -> b.code().equals("M2-B2")).findFirst().orElseThrow();
    assertThat(b2.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("M2.B");
      assertThat(f.detail()).contains("`M2B-B2`").contains("m2b_20260224T080000Z");
    });
    assertThat(a.summary().blockerCodes()).containsExactly("M2-B2", "M2-B8");
  }

  @Test
  void gate_supersedesOlderLaneResults() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_pass"));

    assertAdvances(a, "M3_READY");
    assertThat(a.rollup().superseded()).singleElement()
        .satisfies(s -> assertThat(s.executionId()).isEqualTo("m2a_20260222T203851Z"));
    assertThat(a.rollup().lanes()).hasSize(9).allSatisfy(l -> assertThat(l.status()).isEqualTo("PASS"));
  }

  // ---- evidence contracts --------------------------------------------------------------------------

  @Test
  void m2a_writesThePlansFourArtifacts() {
    Adjudication a = ENGINE.adjudicate(p0("m2a_20260222T204011Z"));

    assertThat(a.artifacts().keySet()).containsExactly("m2a_backend_conformance_snapshot.json",
        "m2a_blocker_register.json", "m2a_execution_summary.json", "m2a_stack_backend_matrix.json");
  }

  @Test
  void m2b_writesThePlansSevenArtifacts() {
    Adjudication a = ENGINE.adjudicate(p0("m2b_20260222T210207Z"));

    assertThat(a.artifacts().keySet()).containsExactly("m2b_blocker_register.json", "m2b_core_apply_snapshot.json",
        "m2b_core_output_handle_matrix.json", "m2b_core_plan_snapshot.json", "m2b_core_policy_tag_conformance.json",
        "m2b_execution_summary.json", "m2b_post_apply_stability_check.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"m2e", "m2f", "m2g", "m2h", "m2i"})
  void laneWithoutNamedArtifacts_writesSnapshotRegisterAndSummary(String prefix) {
    Adjudication a = ENGINE.adjudicate(p0("edge/" + prefix + "_pass"));

    assertThat(a.artifacts().keySet()).containsExactly(
        prefix + "_blocker_register.json", prefix + "_execution_summary.json", prefix + "_snapshot.json");
  }

  @Test
  void gate_writesThePlansArtifactsWithTheM3EntryReceipt() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_pass"));

    assertThat(a.artifacts().keySet()).containsExactly("m2j_execution_summary.json",
        "m2j_m3_entry_readiness_receipt.json", "m2j_p0_blocker_register.json", "m2j_p0_gate_rollup_matrix.json",
        "m2j_p0_gate_verdict.json");
    assertThat(new String(a.artifact("m2j_m3_entry_readiness_receipt.json")))
        .contains("\"entry_ready\" : true").contains("\"next_gate\" : \"M3_READY\"")
        .contains("\"execution_id\" : \"m2i_20260223T180000Z\"");
  }

  @Test
  void heldGate_receiptSaysM3IsNotReady() {
    Adjudication a = ENGINE.adjudicate(p0("gate/m2j_hold_m2a_probe_failure"));

    assertThat(new String(a.artifact("m2j_m3_entry_readiness_receipt.json")))
        .contains("\"entry_ready\" : false").contains("\"verdict\" : \"HOLD_REMEDIATE\"");
  }

  @Test
  void sharedCode_isReportedUnderTheRaisingLanesOwnCheck() {
    Adjudication a = ENGINE.adjudicate(p0("edge/m2g_idle_compute_allowed"));

    assertThat(a.summary().checks()).filteredOn(c -> c.status() == CheckStatus.FAIL)
        .extracting(CheckResult::check).containsExactly("M2.G-DoD-3");
    assertThat(a.register().blockers()).singleElement()
        .satisfies(b -> assertThat(b.check()).isEqualTo("M2.G-DoD-3"));
  }

  @ParameterizedTest
  @MethodSource("adjudicableFixtures")
  void artifacts_areByteIdenticalWhateverTheFactOrder(String fixture) {
    FactSet fs = p0(fixture);
    Adjudication reference = ENGINE.adjudicate(fs);
    Random random = new Random(20260222L);
    for (int i = 0; i < 4; i++) {
      List<Fact> shuffled = new ArrayList<>(fs.facts());
      Collections.shuffle(shuffled, random);
      assertThat(ENGINE.adjudicate(fs.withFacts(shuffled)).artifacts()).isEqualTo(reference.artifacts());
    }
  }

  @Test
  void inlineSecretInAPathHandle_isFlaggedButNeverCopiedIntoArtifacts() {
    FactSet fs = p0("edge/m2f_inline_secret_handle");
    String inline = fs.handles().get("SSM_DATABRICKS_TOKEN_PATH").toString();
    Adjudication a = ENGINE.adjudicate(fs);

    assertThat(a.summary().blockerCodes()).containsExactly("M2-B4");
    assertThat(a.artifacts().values()).noneMatch(text -> text.contains(inline));
  }

  // ---- fixture coverage ------------------------------------------------------------------------------

  @Test
  void everyTaxonomyCode_hasARaisingFixtureAndAPassingNeighbourInTheSameLane() {
    Map<String, Set<String>> raisedIn = new TreeMap<>();
    Set<String> passingLanes = new TreeSet<>();
    for (Path e : expectations()) {
      JsonNode expect = read(e).path("expect");
      if (expect.path("exit_code").asInt() > 2) {
        continue;
      }
      String lane = laneOf(e);
      expect.path("blocker_codes").forEach(c -> raisedIn.computeIfAbsent(c.asText(), k -> new TreeSet<>()).add(lane));
      if (expect.path("exit_code").asInt() == 0) {
        passingLanes.add(lane);
      }
    }
    List<String> uncovered = new ArrayList<>();
    read(TAXONOMY).path("blockers").forEach(b -> {
      String code = b.path("code").asText();
      Set<String> lanes = raisedIn.getOrDefault(code, Set.of());
      if (lanes.stream().noneMatch(passingLanes::contains)) {
        uncovered.add(code + " raised in " + lanes);
      }
    });
    assertThat(uncovered).as("codes without a raising fixture and a passing neighbour").isEmpty();
  }

  @Test
  void everyCheckThePolicyReportsUnder_isACheckOfTheTaxonomy() throws IOException {
    Set<String> known = new TreeSet<>();
    read(TAXONOMY).path("checks").forEach(c -> known.add(c.path("id").asText()));
    Set<String> named = new TreeSet<>();
    java.util.regex.Pattern check = java.util.regex.Pattern.compile("\"(M2\\.[A-J]-DoD-[0-9]+)\"");
    try (Stream<Path> drl = Files.list(TestFixtures.DEFAULT_POLICY.resolve("p0"))) {
      for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
        java.util.regex.Matcher m = check.matcher(Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(known).containsAll(named);
  }

  @Test
  void rollUpTarget_countsAsRaisedOnlyWhileSomeCodeRollsUpToIt(@TempDir Path tmp) throws IOException {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("policy"));
    Path taxonomy = p.resolve("p0/taxonomy.json");
    Files.writeString(taxonomy, Files.readString(taxonomy).replace("\"rolls_up_to\": \"M2-B5\"", "\"rolls_up_to\": \"M2-B3\""));

    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(p))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("taxonomy code `M2-B5` is raised by no rule");
  }

  @Test
  void laneFamily_namingACodeOutsideTheTaxonomy_isAPolicyError(@TempDir Path tmp) throws IOException {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("policy"));
    Path taxonomy = p.resolve("p0/taxonomy.json");
    Files.writeString(taxonomy, Files.readString(taxonomy).replace("\"codes\": [\"M2-B4\", \"M2-B8\"]",
        "\"codes\": [\"M2-B4\", \"M2-B99\"]"));

    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(p))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("lane `M2.F` lists code `M2-B99`, which is not in the taxonomy");
  }

    // ---- fail-closed properties --------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("passingFixtures")
  void passingFixture_withAnyFactReplacedByAFailedRead_doesNotAdvance(String fixture) {
    FactSet fs = p0(fixture);
    assertAdvances(ENGINE.adjudicate(fs), ENGINE.adjudicate(fs).summary().nextGate());
    for (int i = 0; i < fs.facts().size(); i++) {
      List<Fact> facts = new ArrayList<>(fs.facts());
      Fact gone = facts.set(i, new CollectionError(null, null, "property-test", fs.facts().get(i).kind(),
          fs.facts().get(i).id(), ErrorType.TIMEOUT, "timed out"));
      assertDoesNotAdvance(ENGINE.adjudicate(fs.withFacts(facts)), fixture + " without " + gone.id());
    }
  }

  /** Every handle a lane's evidence contract names is required: unpinned or absent, it blocks (except an
   * identity handle the binding matrix routes to M2.E, which may stay TO_PIN). */
  @ParameterizedTest
  @MethodSource("passingFixtures")
  void passingLane_withAnyHandleItsEvidenceNamesUnpinned_doesNotAdvance(String fixture) {
    FactSet fs = p0(fixture);
    List<String> named = new ArrayList<>(snapshotHandles(fs.lane()));
    if (fs.lane().equals("M2.F")) {
      // secret path handles are required but deliberately not copied into the M2.F snapshot
      named.addAll(List.of("SSM_MSK_BOOTSTRAP_BROKERS_PATH", "SSM_IG_API_KEY_PATH", "SSM_DATABRICKS_TOKEN_PATH"));
    }
    assertThat(named.isEmpty()).isEqualTo(fs.lane().equals("M2.J"));
    Set<String> routedToM2e = new TreeSet<>();
    fs.facts().stream().filter(f -> f instanceof LaneBinding)
        .forEach(f -> routedToM2e.addAll(((LaneBinding) f).routedRoleHandles()));
    for (String h : named) {
      Map<String, Object> handles = new TreeMap<>(fs.handles());
      if (!routedToM2e.contains(h)) {
        handles.put(h, Handle.TO_PIN);
        assertDoesNotAdvance(ENGINE.adjudicate(fs.withHandles(handles)), fixture + " with " + h + " TO_PIN");
      }
      handles.remove(h);
      assertDoesNotAdvance(ENGINE.adjudicate(fs.withHandles(handles)), fixture + " without " + h);
    }
  }

  private static List<String> snapshotHandles(String lane) {
    Set<String> out = new TreeSet<>();
    read(TAXONOMY).path("lanes").forEach(l -> {
      if (l.path("lane").asText().equals(lane)) {
        l.path("snapshots").forEach(s -> s.path("handles").forEach(h -> out.add(h.asText())));
      }
    });
    return List.copyOf(out);
  }
}
