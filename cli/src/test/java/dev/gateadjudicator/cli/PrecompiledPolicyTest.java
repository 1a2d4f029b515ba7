package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.replay.Fixture;
import dev.gateadjudicator.replay.Fixtures;
import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CLI ships the default policy's executable model (the policy-bundle jar). It must be the same policy as the
 * DRL it was generated from: every fixture adjudicates to byte-identical artifacts either way.
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
    GateEngine precompiled = GateEngine.withDefaultPolicy();
    GateEngine compiled = GateEngine.fromPolicyDirectory(ROOT.resolve("rules/default"));
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
