package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Policy;
import dev.gateadjudicator.internal.PolicySource;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.result.Adjudication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CLI ships the bundled policies' executable model (the policy-bundle jar): the default policy's and the
 * legacy-p6 overlay's, resolved against it. Each must be the same policy as the DRL it was generated from: every
 * fixture adjudicates to byte-identical artifacts either way; and an edited file means that phase compiles its DRL.
 */
class PrecompiledPolicyTest {
  private static final Path ROOT = GateCliTest.ROOT;

  @Test
  void defaultPolicy_loadsEveryPhaseFromThePrecompiledModel() {
    GateEngine engine = GateEngine.withDefaultPolicy().warmUp();
    assertThat(engine.policy().precompiledPhases()).containsExactlyElementsOf(engine.policy().phases());
  }

  @Test
  void policyFolder_isCompiledFromItsDrl() {
    GateEngine engine = GateEngine.fromPolicyDirectory(ROOT.resolve("rules/default"));
    assertThat(engine.policy().precompiledPhases()).isEmpty();
  }

  @Test
  void precompiledModel_judgesEveryFixtureExactlyAsTheDrlDoes() throws Exception {
    assertSameJudgements(GateEngine.DEFAULT_POLICY);
  }

  @Test
  void legacyOverlay_loadsEveryPhaseFromThePrecompiledModel() {
    GateEngine engine = GateEngine.withBundledPolicy("legacy-p6").warmUp();
    assertThat(engine.policy().precompiledPhases()).containsExactlyElementsOf(engine.policy().phases());
  }

  @Test
  void precompiledOverlay_judgesEveryFixtureExactlyAsItsResolvedDrlDoes() throws Exception {
    assertSameJudgements("legacy-p6");
  }

  @Test
  void editedOverlayRule_compilesThatPhaseFromDrl() {
    Policy policy = edited("legacy-p6", "p6/loosened.drl");
    policy.kieBase("P0");
    policy.kieBase("P6");
    // P0 does not read the overlay's P6 file: its files are still those the bundle was generated from
    assertThat(policy.precompiledPhases()).containsExactly("P0");
  }

  @Test
  void editedBaseRuleOfAnOverlay_compilesThatPhaseFromDrl() {
    Policy policy = edited("legacy-p6", "common/verdict.drl");
    policy.kieBase("P0");
    policy.kieBase("P6");
    assertThat(policy.precompiledPhases()).isEmpty();
  }

  /** A bundled policy with a comment added to one (resolved) file, compiled as a bundled policy is. */
  private static Policy edited(String name, String file) {
    PolicySource bundled = PolicySource.bundled(name);
    java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>(bundled.files());
    assertThat(files).containsKey(file);
    files.put(file, (new String(files.get(file), StandardCharsets.UTF_8) + "\n// edited\n")
        .getBytes(StandardCharsets.UTF_8));
    return Policy.compile(new PolicySource(name, files), false, true);
  }

  /** The bundled policy, precompiled, judges every fixture exactly as its folder compiled from DRL does. */
  private static void assertSameJudgements(String name) throws Exception {
    GateEngine precompiled = GateEngine.withBundledPolicy(name);
    GateEngine compiled = GateEngine.fromPolicyDirectory(ROOT.resolve("rules").resolve(name));
    assertThat(precompiled.policyDigest()).isEqualTo(compiled.policyDigest());
    List<Fixture> fixtures = Fixtures.discover(ROOT.resolve("fixtures"));
    int compared = 0;
    for (Fixture f : fixtures) {
      if (f.expect().exitCode() >= 3 || !f.rollsUp().isEmpty()) {
        continue;
      }
      FactSet fs = dev.gateadjudicator.FactSets.read(f.factSet());
      Adjudication a = precompiled.adjudicate(fs);
      Adjudication b = compiled.adjudicate(fs);
      assertThat(a.artifacts()).as(f.name()).isEqualTo(b.artifacts());
      assertThat(a.firedRules()).as(f.name()).isEqualTo(b.firedRules());
      compared++;
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(precompiled.policy().precompiledPhases()).contains("P0", "P6");
  }
}
