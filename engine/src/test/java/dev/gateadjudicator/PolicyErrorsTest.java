package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.PolicyException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyErrorsTest {
  @TempDir
  Path tmp;

  private Path policy() {
    return TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("broken"));
  }

  private static PolicyException failure(Path dir) {
    return TestFixtures.policyFailure(dir);
  }

  @Test
  void drlSyntaxError_namesFileAndLine() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/lag.drl"), "not LagPosture()", "not LagPosture(");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/lag.drl");
    assertThat(e.line()).isBetween(13, 16);
    assertThat(e.getMessage()).startsWith("policy error in `p6/lag.drl` line ");
  }

  @Test
  void drlTypeError_namesFileAndLine() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/ambiguity.drl"), "PublishAmbiguity(unresolvedCount > 0)",
        "PublishAmbiguity(unresolvedTally > 0)");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/ambiguity.drl");
    assertThat(e.line()).isPositive();
  }

  @Test
  void ruleRaisingACodeOutsideTheTaxonomy_isRejected() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/ambiguity.drl"), "@code(\"M6P6-B5\")\nwhen\n    Execution(lane == \"M6.F\")\n    not",
        "@code(\"M6P6-B9\")\nwhen\n    Execution(lane == \"M6.F\")\n    not");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/ambiguity.drl");
    assertThat(e.line()).isEqualTo(18);
    assertThat(e.getMessage()).contains("raises `M6P6-B9`, which is not in the taxonomy");
  }

  @Test
  void taxonomyCodeNoRuleRaises_isRejected() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/overhead.drl"), "@code(\"M6P6-B7\")", "@code(\"M6P6-B4\")");
    TestFixtures.edit(p.resolve("p6/taxonomy.json"), "\"evidence_overhead\": {\"code\": \"M6P6-B7\"}",
        "\"evidence_overhead\": {\"code\": \"M6P6-B4\"}");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/taxonomy.json");
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).contains("taxonomy code `M6P6-B7` is raised by no rule");
  }

  @Test
  void raiseWithoutDeclaredCode_isRejected() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/ambiguity.drl"), "rule \"M6P6-B5 unresolved publish ambiguity\"\n@code(\"M6P6-B5\")",
        "rule \"M6P6-B5 unresolved publish ambiguity\"");
    PolicyException e = failure(p);
    assertThat(e.getMessage()).contains("calls `findings.raise` but declares no `@code`");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void duplicateRuleName_isRejected() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/lag.drl"), "rule \"M6P6-B4 lag unavailable\"", "rule \"M6P6-B4 lag posture absent\"");
    PolicyException e = failure(p);
    assertThat(e.getMessage()).contains("rule name `M6P6-B4 lag posture absent`");
  }

  @Test
  void malformedTaxonomy_namesFileAndLine() {
    Path p = policy();
    TestFixtures.edit(p.resolve("p6/taxonomy.json"), "\"severity\": \"S1\", \"reset_required\": true",
        "\"severity\": \"S9\", \"reset_required\": true");
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo("p6/taxonomy.json");
    assertThat(e.getMessage()).contains("/severity");
  }

  /** A broken `gate_rollup`: file, text replaced, replacement, what the error says. */
  static Stream<Arguments> brokenGateRollups() {
    return Stream.of(
        Arguments.of("p6/taxonomy.json", "\"routes\": {\"*\": {\"code\": \"M6P6-B6\"}",
            "\"routes\": {\"lane_missing\": {\"code\": \"M6P6-B6\"}",
            "gate lane `M6.G` has no `gate_rollup` route for `self_contradicting`"),
        Arguments.of("p0/taxonomy.json", "\"routes\": {\"*\"",
            "\"routes\": {\"lane_late\": {\"code\": \"M2-B8\"}, \"*\"", "gate_rollup/routes"),
        Arguments.of("p6/taxonomy.json", "\"routes\": {\"*\": {\"code\": \"M6P6-B6\"}",
            "\"routes\": {\"*\": {\"code\": \"M6P6-B9\"}",
            "gate rollup route `*` raises `M6P6-B9`, which is not in the taxonomy"));
  }

  @ParameterizedTest
  @MethodSource("brokenGateRollups")
  void brokenGateRollup_isRejectedNamingFileAndLine(String file, String from, String to, String message) {
    Path p = policy();
    TestFixtures.edit(p.resolve(file), from, to);
    PolicyException e = failure(p);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void policyFolder_compilesEveryPhaseWhenLoaded() throws Exception {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("p0-broken"));
    Path drl;
    try (var files = java.nio.file.Files.list(p.resolve("p0"))) {
      drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
    }
    java.nio.file.Files.writeString(drl, java.nio.file.Files.readString(drl)
        .replaceFirst("Execution\\(", "Execution(noSuchField == 1, "));
    PolicyException e = failure(p);
    assertThat(e.file()).startsWith("p0/");
    assertThat(e.line()).isPositive();
  }

  @Test
  void missingFolder_isAPolicyError() {
    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(tmp.resolve("nope")))
        .isInstanceOf(PolicyException.class).hasMessageContaining("does not exist");
  }

  @Test
  void unknownBundledPolicy_isAPolicyError() {
    assertThatThrownBy(() -> GateEngine.withBundledPolicy("nope"))
        .isInstanceOf(PolicyException.class).hasMessageContaining("no bundled policy named `nope`");
  }
}
