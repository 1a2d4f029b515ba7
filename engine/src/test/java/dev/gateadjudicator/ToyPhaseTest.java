package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.CheckStatus;
import dev.gateadjudicator.result.GateVerdict;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.PolicyRule;
import dev.gateadjudicator.result.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a phase needs no Java: {@code src/test/resources/toy-policy} extends the default policy with a phase P9
 * (two lanes and a gate, five codes, one check rule, and its tables in {@code p9/taxonomy.json}: the gate's rollup
 * is the default policy's shared rules read with the toy's {@code gate_rollup}), adjudicated end to end through the
 * public API.
 */
class ToyPhaseTest {
  @TempDir
  static Path tmp;

  static GateEngine engine;

  @BeforeAll
  static void compile() {
    TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("default"));
    engine = GateEngine.fromPolicyDirectory(
        TestFixtures.copyPolicy(Path.of("src/test/resources/toy-policy"), tmp.resolve("toy")));
  }

  private static Adjudication judge(String lane, String handles, String facts) {
    String json = """
        {"fact_set_version": 1, "phase": "P9", "lane": "%s", "execution_id": "toy_%s",
         "platform_run_id": "platform_20260301T000000Z", "captured_at": "2026-03-01T10:00:00Z",
         "handles": {%s}, "facts": [%s]}
        """.formatted(lane, lane.replace('.', '_'), handles, facts);
    return engine.adjudicate(FactSets.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String bucket(boolean encrypted) {
    return """
        {"kind": "s3_bucket", "bucket": "toy-evidence", "role": "EVIDENCE", "exists": true,
         "encryption_enabled": %s, "versioning_enabled": true, "block_public_acls": true,
         "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}
        """.formatted(encrypted);
  }

  private static String result(String lane, boolean pass, String codes, String nextGate) {
    return result(lane, lane.replace(".", "").toLowerCase(java.util.Locale.ROOT) + "_run", pass,
        codes.isEmpty() ? 0 : codes.split(",").length, codes, nextGate, true);
  }

  private static String result(String lane, String executionId, boolean pass, int count, String codes,
      String nextGate, boolean readBack) {
    return """
        {"kind": "lane_result", "lane": "%s", "execution_id": "%s", "captured_at": "2026-03-01T09:00:00Z",
         "overall_pass": %s, "blocker_count": %d, "blocker_codes": [%s], "next_gate": "%s",
         "durable_readback_ok": %s}
        """.formatted(lane, executionId, pass, count, codes, nextGate, readBack);
  }

  private static Adjudication gate(String m9a, String m9b) {
    return judge("M9.C", "", m9a + "," + m9b);
  }

  private static final String M9A_PASSED = result("M9.A", true, "", "M9.B_READY");

  @Test
  void toyPhase_isInThePolicy() {
    assertThat(engine.policy().phases()).contains("P0", "P6", "P9");
    assertThat(engine.lanes("P9")).containsExactly("M9.A", "M9.B", "M9.C");
    assertThat(engine.requiredHandles("P9", "M9.B")).extracting(h -> h.name() + "->" + h.code())
        .containsExactly("TOY_LIMIT->T9-B1", "TOY_NOTE->T9-B4");
  }

  @Test
  void toyPhase_holdsOneRuleOfItsOwn_itsGateRollupIsData() {
    assertThat(engine.policy().rules()).filteredOn(r -> r.pkg().equals("gate.p9")).extracting(PolicyRule::name)
        .containsExactly("T9-B2 evidence bucket missing or unencrypted");
  }

  @Test
  void entryLane_withItsHandleAndAnEncryptedBucket_passesToItsNextGate() {
    Adjudication a = judge("M9.A", "\"TOY_EVIDENCE_BUCKET\": \"toy-evidence\"", bucket(true));
    assertThat(a.outcome()).isEqualTo(Verdict.ADVANCE);
    assertThat(a.summary().nextGate()).isEqualTo("M9.B_READY");
  }

  @Test
  void entryLane_withAnUnencryptedBucket_isBlockedOnItsOneRule() {
    Adjudication a = judge("M9.A", "\"TOY_EVIDENCE_BUCKET\": \"toy-evidence\"", bucket(false));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().nextGate()).isEqualTo("BLOCKED");
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B2");
  }

  @Test
  void entryLane_withAnUnpinnedHandleAndAFailedRead_raisesTheCodesItsTablesName() {
    Adjudication a = judge("M9.A", "\"TOY_EVIDENCE_BUCKET\": \"TO_PIN\"", """
        {"kind": "collection_error", "collector": "toy", "target_kind": "s3_bucket", "target": "toy-evidence",
         "error": "ACCESS_DENIED", "message": "denied"}""");
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B1", "T9-B2");
    assertThat(a.summary().nextGate()).isEqualTo("BLOCKED");
  }

  @Test
  void secondLane_withoutItsPreviousLanesResult_isBlocked() {
    Adjudication a = judge("M9.B", "\"TOY_LIMIT\": 5, \"TOY_NOTE\": \"ok\"", "");
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
    assertThat(a.summary().checks()).filteredOn(c -> c.status() == CheckStatus.FAIL)
        .extracting(CheckResult::check).containsExactly("T9-V3");
  }

  @Test
  void secondLane_afterAPassingEntry_passes() {
    Adjudication a = judge("M9.B", "\"TOY_LIMIT\": 5, \"TOY_NOTE\": \"ok\"", result("M9.A", true, "", "M9.B_READY"));
    assertThat(a.outcome()).isEqualTo(Verdict.ADVANCE);
    assertThat(a.summary().nextGate()).isEqualTo("M9.C_READY");
  }

  @Test
  void gate_withBothLanesPassed_advancesToTheNextPhase() {
    Adjudication a = judge("M9.C", "",
        result("M9.A", true, "", "M9.B_READY") + "," + result("M9.B", true, "", "M9.C_READY"));
    assertThat(a.outcome()).isEqualTo(Verdict.ADVANCE);
    GateVerdict v = a.verdict().orElseThrow();
    assertThat(v.verdict()).isEqualTo("ADVANCE_TO_P10");
    assertThat(v.nextGate()).isEqualTo("P10_READY");
    assertThat(a.artifacts()).containsKeys("m9c_gate_verdict.json", "m9c_gate_rollup_matrix.json");
  }

  @Test
  void gate_withOnlyAResidualCode_advancesCarryingIt() {
    Adjudication a = judge("M9.C", "",
        result("M9.A", true, "", "M9.B_READY") + "," + result("M9.B", false, "\"T9-B4\"", "BLOCKED"));
    assertThat(a.outcome()).isEqualTo(Verdict.ADVANCE);
    assertThat(a.verdict().orElseThrow().residualCodes()).containsExactly("T9-B4");
  }

  @Test
  void gate_withAMissingLane_holds() {
    Adjudication a = judge("M9.C", "", result("M9.A", true, "", "M9.B_READY"));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.verdict().orElseThrow().verdict()).isEqualTo("HOLD_REMEDIATE");
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
  }

  @Test
  void gate_withAResetRequiredLaneCode_isNoGo() {
    Adjudication a = judge("M9.C", "",
        result("M9.A", false, "\"T9-B2\"", "BLOCKED") + "," + result("M9.B", true, "", "M9.C_READY"));
    assertThat(a.outcome()).isEqualTo(Verdict.NO_GO_RESET_REQUIRED);
  }

  @Test
  void gate_withASelfContradictingResult_holdsOnItsStarRollupRoute() {
    Adjudication a = gate(M9A_PASSED, result("M9.B", "m9b_run", true, 1, "", "M9.C_READY", true));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
    assertThat(a.summary().checks()).filteredOn(c -> c.status() == CheckStatus.FAIL)
        .extracting(CheckResult::check).containsExactly("T9-V3");
  }

  @Test
  void gate_withAPassNamingAnotherNextGate_holds() {
    Adjudication a = gate(M9A_PASSED, result("M9.B", true, "", "P10_READY"));
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
  }

  @Test
  void gate_withEvidenceNotReadBack_raisesTheDurablePublishBlocker() {
    Adjudication a = gate(M9A_PASSED, result("M9.B", "m9b_run", true, 0, "", "M9.C_READY", false));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B5");
  }

  @Test
  void gate_withAnExecutionIdWithoutItsLanesPrefix_holds() {
    Adjudication a = gate(M9A_PASSED, result("M9.B", "m9a_run", true, 0, "", "M9.C_READY", true));
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
  }

  @Test
  void gate_withACodeOutsideTheTaxonomy_holds() {
    Adjudication a = gate(M9A_PASSED, result("M9.B", false, "\"T8-B1\"", "BLOCKED"));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3");
  }

  @Test
  void gate_withACodeOutsideItsLanesFamily_holdsAndCarriesIt() {
    Adjudication a = gate(result("M9.A", false, "\"T9-B4\"", "BLOCKED"), result("M9.B", true, "", "M9.C_READY"));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().blockerCodes()).containsExactly("T9-B3", "T9-B4");
  }

  @Test
  void toyPhase_requiresAPlatformRunId_asItsDataSays() {
    String json = """
        {"fact_set_version": 1, "phase": "P9", "lane": "M9.A", "execution_id": "toy",
         "captured_at": "2026-03-01T10:00:00Z", "handles": {}, "facts": []}
        """;
    assertThatThrownBy(() -> engine.adjudicate(FactSets.parse(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidFactSetException.class).hasMessageContaining("platform_run_id");
  }
}
