package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.PolicyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one policy model: tables as phase data, generic rules, no phase guards, and overlays instead of copies. */
class PolicyModelTest {
  @TempDir
  Path tmp;

  private Path policy(String name) {
    return TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve(name));
  }

  private static PolicyException failure(Path dir) {
    return TestFixtures.policyFailure(dir);
  }

  private Path overlay(String policyJson, String file, String text) throws IOException {
    policy("default");
    Path o = Files.createDirectories(tmp.resolve("over"));
    Files.writeString(o.resolve("policy.json"), policyJson);
    if (file != null) {
      Files.createDirectories(o.resolve(file).getParent());
      Files.writeString(o.resolve(file), text);
    }
    return o;
  }

  // ---- no phase guards ------------------------------------------------------------------------------

  @Test
  void noBundledRule_guardsOnItsPhase() throws IOException {
    Pattern guard = Pattern.compile("Execution\\([^)]*\\bphase\\b");
    try (Stream<Path> files = Files.walk(TestFixtures.ROOT.resolve("rules"))) {
      List<Path> guarded = files.filter(p -> p.toString().endsWith(".drl")).filter(p -> {
        try {
          return guard.matcher(Files.readString(p)).find();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertThat(guarded).isEmpty();
    }
  }

  @Test
  void ruleGuardingOnItsPhase_isRejectedNamingFileAndLine() {
    Path p = policy("guarded");
    TestFixtures.edit(p.resolve("p6/ambiguity.drl"), "Execution(lane == \"M6.F\")",
        "Execution(phase == \"P6\", lane == \"M6.F\")");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/ambiguity.drl");
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).contains("guards on the phase (`phase == \"P6\"`)");
  }

  // ---- tables ---------------------------------------------------------------------------------------

  @Test
  void tableRowRaisingACodeOutsideTheTaxonomy_isRejectedNamingFileAndLine() {
    Path p = policy("row");
    TestFixtures.edit(p.resolve("p0/taxonomy.json"), "\"name\": \"TF_LOCK_TABLE\", \"format\": \"TEXT\", \"code\": \"M2A-B1\"",
        "\"name\": \"TF_LOCK_TABLE\", \"format\": \"TEXT\", \"code\": \"M2A-B9\"");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p0/taxonomy.json");
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).contains("required handle `TF_LOCK_TABLE` of lane `M2.A` raises `M2A-B9`, which is not"
        + " in the taxonomy");
  }

  @Test
  void tableRowReportingUnderAnUnknownCheck_isRejected() {
    Path p = policy("check");
    TestFixtures.edit(p.resolve("p0/taxonomy.json"), "\"s3_bucket\": {\"code\": \"M2A-B5\", \"check\": \"M2.A-DoD-3\"}",
        "\"s3_bucket\": {\"code\": \"M2A-B5\", \"check\": \"M2.A-DoD-9\"}");
    assertThat(failure(p).getMessage()).contains("error route `s3_bucket` of lane `M2.A` reports under check"
        + " `M2.A-DoD-9`, which the phase does not list");
  }

  @Test
  void laneWithoutAFallbackErrorRoute_isRejected() {
    Path p = policy("fallback");
    TestFixtures.edit(p.resolve("p0/taxonomy.json"), "\"*\": {\"code\": \"M2A-B5\", \"check\": \"M2.A-DoD-3\"},\n", "");
    assertThat(failure(p).getMessage()).contains("lane `M2.A` has no `*` error route");
  }

  @Test
  void requiredHandles_comeFromTheTables() {
    GateEngine engine = GateEngine.withDefaultPolicy();
    assertThat(engine.lanes("P0")).hasSize(10).startsWith("M2.A").endsWith("M2.J");
    assertThat(engine.requiredHandles("P0", "M2.A")).hasSize(13).first()
        .satisfies(h -> assertThat(h.name() + " " + h.code() + " " + h.check()).isEqualTo(
            "TF_STATE_BUCKET M2A-B1 M2.A-DoD-1"));
    assertThat(engine.requiredHandles("P6", "M6.E")).filteredOn(h -> h.conditional())
        .allSatisfy(h -> assertThat(h.whenHandle()).isEqualTo("FLINK_RUNTIME_PATH_ACTIVE"));
    assertThat(engine.requiredHandles("P6", "M6.G")).isEmpty();
  }

  // ---- overlays -------------------------------------------------------------------------------------

  @Test
  void legacyOverlay_holdsOnlyItsDeclarationAndThreeRules() throws IOException {
    Path legacy = TestFixtures.ROOT.resolve("rules/legacy-p6");
    try (Stream<Path> files = Files.walk(legacy)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> legacy.relativize(p).toString().replace('\\', '/'))
          .sorted()).containsExactly("p6/loosened.drl", "policy.json");
    }
    GateEngine engine = GateEngine.fromPolicyDirectory(legacy);
    GateEngine base = GateEngine.withDefaultPolicy();
    assertThat(engine.policy().rules()).filteredOn(r -> r.file().equals("p6/loosened.drl")).hasSize(3);
    List<String> names = engine.policy().rules().stream().map(PolicyRule::name).toList();
    assertThat(names).contains("M6P6-B2 stream lane not active (legacy: SUBMITTED, PENDING or RUNNING)",
            "M6P6-B3 no admissions at all (legacy: not scoped to the run)")
        .doesNotContain("M6P6-B2 stream lane not RUNNING", "M6P6-B3 no run-window admissions for the platform run",
            "M6P6-B3 admissions window outside the run window", "M6P6-B4 lag from an unaccepted source");
    // three rules in, five out: the counters and lag rules each replace two
    assertThat(names).hasSize(base.policy().rules().size() - 2);
    assertThat(engine.policyDigest()).isNotEqualTo(base.policyDigest());
    assertThat(GateEngine.withBundledPolicy("legacy-p6").policyDigest()).isEqualTo(engine.policyDigest());
  }

  @Test
  void overlayRule_keepsTheLinesOfEveryOtherBaseRule() throws IOException {
    Path o = overlay("{\"extends\": \"default\"}", "p6/broken.drl", """
        package gate.p6;
        import dev.gateadjudicator.rules.*;
        rule "M6P6-B5 unresolved publish ambiguity"
        @code("M6P6-B5")
        when
            Execution(lane == "M6.F")
        then
        end
        """);
    TestFixtures.edit(tmp.resolve("default/p6/lag.drl"), "not LagPosture()", "not LagPosture(");
    PolicyException e = failure(o);
    assertThat(e.file()).isEqualTo("p6/lag.drl");
    assertThat(e.line()).isBetween(13, 16);
  }

  @Test
  void overlayReplacingARuleTheBaseLacks_isRejectedNamingFileAndLine() throws IOException {
    Path o = overlay("{\"extends\": \"default\"}", "p6/loose.drl", """
        package gate.p6;
        import dev.gateadjudicator.rules.*;

        rule "M6P6-B5 looser ambiguity"
        @code("M6P6-B5")
        @replaces("M6P6-B5 no such rule")
        when
            Execution(lane == "M6.F")
        then
        end
        """);
    PolicyException e = failure(o);
    assertThat(e.file()).isEqualTo("p6/loose.drl");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("`M6P6-B5 no such rule` is not a rule of `default`");
  }

  @Test
  void overlayFileAtABaseFilesPath_isRejected() throws IOException {
    Path o = overlay("{\"extends\": \"default\"}", "p6/lag.drl", "package gate.p6;\n");
    assertThat(failure(o).getMessage()).contains("overlay file `p6/lag.drl` has the path of a file of `default`");
  }

  @Test
  void overlayDataFile_isAMergePatchOfTheBases() throws IOException {
    Path o = overlay("{\"extends\": \"default\"}", "p6/taxonomy.json", """
        {"held_lane_next_gate": "BLOCKED", "error_routes": {"evidence_overhead": {"code": "M6P6-B6"}}}
        """);
    GateEngine engine = GateEngine.fromPolicyDirectory(o);
    Adjudication a = engine.adjudicate(TestFixtures.factSet("edge/m6f_collection_error_evidence_overhead"));
    assertThat(a.summary().blockerCodes()).containsExactly("M6P6-B6");
    assertThat(a.summary().nextGate()).isEqualTo("BLOCKED");
  }

  @Test
  void overlayDroppingARule_removesIt() throws IOException {
    Path o = overlay("{\"extends\": \"default\", \"drop_rules\": [\"M6P6-B4 lag from an unaccepted source\"]}",
        null, null);
    assertThat(GateEngine.fromPolicyDirectory(o).policy().rules()).extracting(PolicyRule::name)
        .doesNotContain("M6P6-B4 lag from an unaccepted source");
  }

  @Test
  void overlayExtendingItself_isRejected() throws IOException {
    Path o = overlay("{\"extends\": \"over\"}", null, null);
    assertThat(failure(o).getMessage()).contains("extends itself");
  }

  @Test
  void overlayWithAMalformedDeclaration_isRejectedNamingTheFile() throws IOException {
    Path o = overlay("{\"extend\": \"default\"}", null, null);
    PolicyException e = failure(o);
    assertThat(e.file()).isEqualTo("policy.json");
  }

  @Test
  void overlayExtendingAMissingPolicy_isRejected() throws IOException {
    Path o = overlay("{\"extends\": \"nowhere\"}", null, null);
    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(o)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("`extends` names `nowhere`");
  }
}
