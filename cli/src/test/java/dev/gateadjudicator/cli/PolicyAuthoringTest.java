package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.ROOT;
import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, test, diff and explain: the commands policy editors run before they merge a rule change. */
class PolicyAuthoringTest {
  @TempDir
  Path tmp;

  /** The default policy's P6 phase and the shared rules every phase compiles with. */
  private Path copyOfDefaultPolicy() throws Exception {
    return copyOfDefaultPolicy("p6");
  }

  /** The default policy's given phase folders and the shared rules every phase compiles with. */
  private Path copyOfDefaultPolicy(String... phases) throws Exception {
    java.util.List<String> folders = new java.util.ArrayList<>(java.util.List.of(phases));
    folders.add("common");
    for (String folder : folders) {
      Path dir = Files.createDirectories(tmp.resolve("rules").resolve(folder));
      try (var files = Files.list(ROOT.resolve("rules/default").resolve(folder))) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    return tmp.resolve("rules");
  }

  private static void deleteRule(Path drl, String name) throws Exception {
    String s = Files.readString(drl);
    int start = s.indexOf("rule \"" + name + "\"");
    int end = s.indexOf("\nend\n", start) + 5;
    Files.writeString(drl, s.substring(0, start) + s.substring(end));
  }

  @Test
  void check_acceptsTheBundledPolicies() {
    GateCliTest.Run r = gate("check", "--rules", ROOT.resolve("rules/default").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("policy `default` ok").contains("phases P0, P6");
  }

  @Test
  void check_listsEveryS1OrS2CodeThatOptsInToWaivers() {
    GateCliTest.Run r = gate("check", "--rules", ROOT.resolve("rules/default").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("waivable opt-in: P6 M6P6-B7 `evidence-overhead budget breach` (S2)")
        .doesNotContain("waivable opt-in: P6 M6P6-B2").doesNotContain("waivable opt-in: P0");
  }

  @Test
  void check_namesTheCodeWhenItsOnlyRuleIsDeleted() throws Exception {
    Path rules = copyOfDefaultPolicy("p0");
    deleteRule(rules.resolve("p0/backend.drl"), "M2A-B2 state bucket posture drift");
    GateCliTest.Run r = gate("check", "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("`p0/taxonomy.json` line").contains("taxonomy code `M2A-B2` is raised by no rule");
  }

  @Test
  void testCoverage_passesOnTheDefaultPolicy() {
    GateCliTest.Run r = gate("test", "--coverage", "--min-coverage", "1", ROOT.resolve("fixtures").toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).containsPattern(Pattern.compile("^\\s+\\d+\\s+M6P6-B8$", Pattern.MULTILINE))
        .containsPattern("test: \\d+ passed, 0 failed");
  }

  @Test
  void testCoverage_failsNamingTheCodeNoFixtureRaises() throws Exception {
    Path rules = copyOfDefaultPolicy();
    Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
    for (String name : new String[] {"m6f_p6b_streaming_active_20260225T163455Z"}) {
      for (String suffix : new String[] {".factset.json", ".expected.json"}) {
        Files.copy(ROOT.resolve("fixtures/p6/" + name + suffix), fixtures.resolve(name + suffix));
      }
    }
    GateCliTest.Run r = gate("test", "--rules", rules.toString(), "--min-coverage", "1", fixtures.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("code `M6P6-B5` is raised by fewer than 1 fixture(s)");
    assertThat(r.out()).contains("test: 1 passed, 0 failed");
  }

  @Test
  void test_failsWhenADeletedRuleChangesAnOutcome() throws Exception {
    Path rules = copyOfDefaultPolicy();
    deleteRule(rules.resolve("p6/ambiguity.drl"), "M6P6-B5 unresolved publish ambiguity");
    GateCliTest.Run r = gate("test", "--rules", rules.toString(), "--coverage",
        ROOT.resolve("fixtures/p6/edge").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  m6f_publish_ambiguity");
  }

  @Test
  void test_writesJunitXml() throws Exception {
    Path xml = tmp.resolve("report.xml");
    GateCliTest.Run r = gate("test", "--min-coverage", "1", "--format", "junit", "--output", xml.toString(),
        ROOT.resolve("fixtures").toString());
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(xml)).startsWith("<?xml").contains("<testcase classname=\"coverage\" name=\"M6P6-B8\"/>")
        .contains("failures=\"0\"");
  }

  @Test
  void test_writesJson() {
    GateCliTest.Run r = gate("test", "--coverage", "--format", "json", ROOT.resolve("fixtures/p6/edge").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"failed\" : 0").contains("\"M6P6-B6\" :");
  }

  @Test
  void diff_showsExactlyThePlansFlipsBetweenTheLegacyAndDefaultPolicies() {
    GateCliTest.Run r = gate("diff", "--rules", ROOT.resolve("rules/default").toString(),
        "--against", ROOT.resolve("rules/legacy-p6").toString(), ROOT.resolve("fixtures/p6").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.startsWith("FLIP")).map(l -> l.substring(9).trim()))
        // the plan's three, plus the edge cases of exactly the loosened semantics: lanes not RUNNING, and admissions
        // of another run or outside the run window (the legacy counters rule replaces both strict counters rules)
        .containsExactly("edge/m6f_admissions_after_captured_at", "edge/m6f_admissions_before_run_start",
            "edge/m6f_admissions_of_another_run", "edge/m6f_admissions_window_inverted", "edge/m6f_lane_pending",
            "edge/m6f_msf_lane_submitted", "edge/m6f_run_start_handle", "edge/m6f_run_start_unreadable",
            "m6f_p6b_streaming_active_20260225T143900Z", "m6f_p6b_streaming_active_20260225T152755Z",
            "m6g_p6c_gate_rollup_20260225T155035Z");
    assertThat(r.out()).startsWith("diff: base `" + ROOT.resolve("rules/legacy-p6") + "`")
        .contains("-> new `" + ROOT.resolve("rules/default") + "`")
        .contains("FLIP     m6f_p6b_streaming_active_20260225T143900Z\n"
            + "         PASS (next gate M6.G_READY) -> HOLD_REMEDIATE\n"
            + "         codes [] -> [M6P6-B2, M6P6-B3, M6P6-B4]\n")
        .contains("raised only under the new policy: \"M6P6-B2 stream lane not RUNNING\"")
        .contains("raised only under the base policy: \"M6P6-B3 no admissions at all (legacy: not scoped to the run)\"")
        .contains("via rolled-up M6.F m6f_p6b_streaming_active_20260225T152755Z")
        .contains("diff: 94 fixtures, 11 flipped, 1 changed codes only, 82 unchanged");
  }

  @Test
  void diff_ofAPolicyWithItselfShowsNothing() {
    GateCliTest.Run r = gate("diff", "--rules", ROOT.resolve("rules/default").toString(), "--against",
        ROOT.resolve("rules/default").toString(), ROOT.resolve("fixtures/p6").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("FLIP").contains("0 flipped, 0 changed codes only");
  }

  @Test
  void explain_namesTheRunningOnlyRuleAndTheSubmittedLaneFacts() {
    GateCliTest.Run r = gate("explain",
        ROOT.resolve("fixtures/p6/m6f_p6b_streaming_active_20260225T163455Z.factset.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("check P6-V2-STREAM-COUNTERS: FAIL")
        .contains("rule \"M6P6-B2 stream lane not RUNNING\" (p6/activation.drl:")
        .contains("matched lane_state wsp-lane:").contains("matched lane_state sr-ready-lane:")
        .contains("\"state\":\"SUBMITTED\"")
        .contains("check P6-V4-AMBIGUITY-CHECK: PASS")
        .contains("decided by: [lane holds while a blocker is active]");
  }
}
