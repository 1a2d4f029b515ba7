package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCliTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path P6 = ROOT.resolve("fixtures/p6");

  @TempDir
  Path tmp;

  /** What one CLI run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run gate(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = GateCli.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static String fixture(String name) {
    return P6.resolve(name + ".factset.json").toString();
  }

  @Test
  void adjudicate_holdExitsOneAndWritesTheEvidenceContract() throws Exception {
    Path out = tmp.resolve("out");
    Run r = gate("adjudicate", fixture("m6f_p6b_streaming_active_20260225T163455Z"), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("next gate:  HOLD_REMEDIATE").contains("M6P6-B2, M6P6-B3, M6P6-B4");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "m6f_streaming_active_snapshot.json", "m6f_streaming_lag_posture.json",
          "m6f_publish_ambiguity_register.json", "m6f_evidence_overhead_snapshot.json",
          "m6f_blocker_register.json", "m6f_execution_summary.json", "manifest.json");
    }
  }

  @Test
  void adjudicate_advanceExitsZero() {
    Run r = gate("adjudicate", fixture("edge/m6g_pass"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("verdict:    ADVANCE_TO_P7");
  }

  @Test
  void adjudicate_noGoExitsTwo() {
    assertThat(gate("adjudicate", fixture("edge/m6g_reset_required")).exit()).isEqualTo(2);
  }

  @Test
  void adjudicate_invalidInputExitsThreeNamingTheJsonPath() {
    Run r = gate("adjudicate", fixture("invalid/wrong_type"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("`/facts/2/ready_nodes`");
  }

  @Test
  void adjudicate_malformedJsonExitsThreeNamingLineAndColumn() {
    Run r = gate("adjudicate", fixture("invalid/malformed_json"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("malformed json at line 2 column");
  }

  @Test
  void adjudicate_missingFileExitsThree() {
    Run r = gate("adjudicate", tmp.resolve("nope.json").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("no such file");
  }

  /** A copy of the default P6 rules whose `lag.drl` does not compile. */
  private Path brokenP6Rules() throws Exception {
    Path rules = tmp.resolve("rules");
    Path p6 = Files.createDirectories(rules.resolve("p6"));
    Path src = ROOT.resolve("rules/default/p6");
    try (var files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, p6.resolve(f.getFileName()));
      }
    }
    Files.writeString(p6.resolve("lag.drl"), Files.readString(p6.resolve("lag.drl"))
        .replace("not LagPosture()", "not LagPosture("));
    return rules;
  }

  @Test
  void adjudicate_brokenRulesExitFourNamingFileAndLine() throws Exception {
    Path rules = brokenP6Rules();
    Path out = tmp.resolve("out");
    Run r = gate("adjudicate", fixture("edge/m6f_pass_strict"), "--rules", rules.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("`p6/lag.drl` line ");
    assertThat(out).doesNotExist();
  }

  @Test
  void replay_brokenRulesOnSeveralThreads_failsEveryFixtureNamingFileAndLine() throws Exception {
    Run r = gate("replay", P6.resolve("edge").toString(), "--rules", brokenP6Rules().toString());
    assertThat(r.exit()).isEqualTo(1);
    java.util.List<String> results = r.out().lines().filter(l -> !l.startsWith(" ") && !l.startsWith("replay:"))
        .toList();
    assertThat(results).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("FAIL"));
    assertThat(r.out()).contains("policy error in `p6/lag.drl` line ").contains("replay: 0 passed")
        .doesNotContain("Exception");
  }

  @Test
  void adjudicate_legacyRulesFolderReproducesTheLoosePass() {
    Run r = gate("adjudicate", fixture("m6f_p6b_streaming_active_20260225T152755Z"),
        "--rules", ROOT.resolve("rules/legacy-p6").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("next gate:  M6.G_READY");
  }

  @Test
  void adjudicate_jsonOutputIsTheTypedResult() {
    Run r = gate("adjudicate", fixture("edge/m6g_superseded_failure"), "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"verdict\" : \"ADVANCE_TO_P7\"").contains("\"superseded_by\"");
  }

  @Test
  void replay_allBundledFixturesMatch() {
    Run r = gate("replay", ROOT.resolve("fixtures").toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).containsPattern("replay: \\d+ passed, 0 failed");
  }

  @Test
  void replay_manyFixturesOnSeveralThreads_reportsThemInDiscoveryOrder() {
    Path p6 = ROOT.resolve("fixtures/p6");
    Run r = gate("replay", p6.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    java.util.List<String> reported = r.out().lines().filter(l -> l.startsWith("ok  "))
        .map(l -> l.substring(4).strip().split("\\s+")[0]).toList();
    java.util.List<String> discovered = dev.gateadjudicator.replay.Fixtures.discover(p6).stream()
        .map(dev.gateadjudicator.replay.Fixture::name).toList();
    assertThat(discovered).hasSizeGreaterThan(50);
    assertThat(reported).isEqualTo(discovered);
  }

  @Test
  void replay_aFixtureThatNoLongerMatchesExitsOne() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("fx"));
    Files.copy(P6.resolve("m6f_p6b_streaming_active_20260225T163455Z.factset.json"), dir.resolve("x.factset.json"));
    Files.writeString(dir.resolve("x.expected.json"),
        "{\"description\": \"wrong on purpose\", \"expect\": {\"exit_code\": 0}}\n");
    Run r = gate("replay", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL").contains("exit code was 1, expected 0").contains("0 passed, 1 failed");
  }

  @Test
  void adjudicate_aFolderAsInputExits64NamingIt() {
    Run r = gate("adjudicate", tmp.toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("`" + tmp + "`").contains("is a folder").doesNotContain("Exception");
  }

  @Test
  void replay_ofAMissingPathNamesItWithoutAClassName() {
    Run r = gate("replay", tmp.resolve("no-such-fixtures").toString());
    assertThat(r.exit()).isNotZero().isNotEqualTo(1);
    assertThat(r.err()).contains("no-such-fixtures").doesNotContain("Exception").doesNotContain("java.");
  }
}
