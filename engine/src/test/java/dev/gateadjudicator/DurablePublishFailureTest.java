package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.Severity;
import dev.gateadjudicator.result.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurablePublishFailureTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();

  @Test
  void passingLane_holdsWithTheTaxonomysDurablePublishBlocker() {
    Adjudication clean = ENGINE.adjudicate(TestFixtures.factSet("edge/m6f_pass_strict"));
    assertThat(clean.outcome()).isEqualTo(Verdict.ADVANCE);

    Adjudication failed = ENGINE.adjudicateWithDurablePublishFailure(TestFixtures.factSet("edge/m6f_pass_strict"),
        List.of("object `m6f_blocker_register.json` read back with sha256 0a1b, manifest says 9f8e"));

    assertThat(failed.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.summary().blockerCodes()).containsExactly("M6P6-B8");
    Blocker b8 = failed.register().blockers().get(0);
    assertThat(b8.severity()).isEqualTo(Severity.S2);
    assertThat(b8.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(GateEngine.DURABLE_PUBLISH_RULE);
      assertThat(f.subject()).isEqualTo("M6.F");
      assertThat(f.detail()).contains("`m6f_blocker_register.json`");
    });
    assertThat(new String(failed.artifact("m6f_execution_summary.json"))).contains("M6P6-B8")
        .contains("\"overall_pass\" : false");
  }

  @Test
  void judgement_recordsTheFailureWithoutChangingTheFirstAdjudication() {
    List<String> failures = List.of("upload of `m6f_blocker_register.json` failed");
    for (String fixture : List.of("edge/m6f_pass_strict", "edge/m6g_reset_required")) {
      Judgement j = ENGINE.judge(TestFixtures.factSet(fixture));
      Adjudication before = j.adjudication();
      String beforeJson = before.toJson();

      Adjudication failed = j.withDurablePublishFailure(failures);

      assertThat(j.adjudication().toJson()).as(fixture).isEqualTo(beforeJson);
      assertThat(j.adjudication().artifacts()).as(fixture).isEqualTo(ENGINE.adjudicate(TestFixtures.factSet(fixture)).artifacts());
      assertThat(failed.artifacts()).as(fixture).isEqualTo(j.withDurablePublishFailure(failures).artifacts())
          .isEqualTo(GateEngine.withDefaultPolicy().adjudicateWithDurablePublishFailure(TestFixtures.factSet(fixture),
              failures).artifacts());
      assertThat(failed.summary().blockerCodes()).as(fixture).contains("M6P6-B8");
    }
  }

  @Test
  void judgement_withoutFailureDetails_isRefused() {
    Judgement j = ENGINE.judge(TestFixtures.factSet("edge/m6f_pass_strict"));
    assertThatThrownBy(() -> j.withDurablePublishFailure(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetRequiredLane_staysNoGo() {
    Adjudication clean = ENGINE.adjudicate(TestFixtures.factSet("edge/m6g_reset_required"));
    Adjudication failed = ENGINE.adjudicateWithDurablePublishFailure(
        TestFixtures.factSet("edge/m6g_reset_required"), List.of("upload of `x` failed"));
    assertThat(failed.outcome()).isEqualTo(clean.outcome()).isEqualTo(Verdict.NO_GO_RESET_REQUIRED);
    assertThat(failed.summary().blockerCodes()).contains("M6P6-B8");
  }

  @Test
  void phaseWithoutADurablePublishBlocker_isAPolicyError(@TempDir Path tmp) {
    Path policy = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("p"));
    TestFixtures.edit(policy.resolve("p6/taxonomy.json"), "\"durable_publish_blocker\": \"M6P6-B8\",", "");
    GateEngine engine = GateEngine.fromPolicyDirectory(policy);
    assertThatThrownBy(() -> engine.adjudicateWithDurablePublishFailure(
        TestFixtures.factSet("edge/m6f_pass_strict"), List.of("upload failed")))
        .isInstanceOf(PolicyException.class).hasMessageContaining("`durable_publish_blocker`");
  }

  @Test
  void durablePublishBlockerOutsideTheTaxonomy_isAPolicyErrorWithItsLine(@TempDir Path tmp) {
    Path policy = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("p"));
    TestFixtures.edit(policy.resolve("p6/taxonomy.json"), "\"durable_publish_blocker\": \"M6P6-B8\"",
        "\"durable_publish_blocker\": \"M6P6-B99\"");
    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(policy))
        .isInstanceOf(PolicyException.class).hasMessageContaining("`M6P6-B99`").hasMessageContaining("taxonomy.json");
  }
}
