package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine reuses rule sessions, so a session a rule broke must never serve another adjudication: the toy phase
 * P9 plus {@code src/test/resources/hazard-rules}, whose rules throw on one bucket and delete a row of the lane's
 * policy table on another, judged on one engine in turns with passing and failing fact sets, must judge each fact
 * set as a fresh engine does.
 */
class SessionReuseHazardsTest {
  @TempDir
  static Path tmp;

  private static Path policy;

  @BeforeAll
  static void policyWithHazards() throws IOException {
    TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("default"));
    policy = TestFixtures.copyPolicy(Path.of("src/test/resources/toy-policy"), tmp.resolve("toy"));
    Files.copy(Path.of("src/test/resources/hazard-rules/hazards.drl"), policy.resolve("p9/hazards.drl"));
  }

  private static dev.gateadjudicator.input.FactSet factSet(String bucket, boolean encrypted) {
    String json = """
        {"fact_set_version": 1, "phase": "P9", "lane": "M9.A", "execution_id": "toy_m9a_%s",
         "platform_run_id": "platform_20260301T000000Z", "captured_at": "2026-03-01T10:00:00Z",
         "handles": {"TOY_EVIDENCE_BUCKET": "%s"},
         "facts": [{"kind": "s3_bucket", "bucket": "%s", "role": "EVIDENCE", "exists": true,
           "encryption_enabled": %s, "versioning_enabled": true, "block_public_acls": true,
           "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}]}
        """.formatted(bucket.replace('-', '_'), bucket, bucket, encrypted);
    return FactSets.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String outcome(Adjudication a) {
    StringBuilder sb = new StringBuilder(a.outcome() + "\n" + a.firedRules() + "\n");
    a.artifacts().forEach((file, text) -> sb.append("== ").append(file).append('\n').append(text));
    return sb.toString();
  }

  @Test
  void reusedEngine_afterARuleThrewOrDeletedATableRow_judgesEachFactSetAsAFreshEngine() {
    dev.gateadjudicator.input.FactSet pass = factSet("toy-evidence", true);
    dev.gateadjudicator.input.FactSet fail = factSet("toy-evidence", false);
    dev.gateadjudicator.input.FactSet dropRow = factSet("drop-row", true);
    dev.gateadjudicator.input.FactSet boom = factSet("boom", true);
    String freshPass = outcome(GateEngine.fromPolicyDirectory(policy).adjudicate(pass));
    String freshFail = outcome(GateEngine.fromPolicyDirectory(policy).adjudicate(fail));
    assertThat(freshPass).startsWith("ADVANCE\n");
    assertThat(freshFail).startsWith("HOLD_REMEDIATE\n");

    GateEngine engine = GateEngine.fromPolicyDirectory(policy);
    for (int round = 0; round < 3; round++) {
      assertThat(outcome(engine.adjudicate(pass))).isEqualTo(freshPass);
      assertThatThrownBy(() -> engine.adjudicate(boom)).isInstanceOf(PolicyException.class)
          .hasMessageContaining("`p9/hazards.drl` line 8")
          .hasMessageContaining("rule `toy rule fails on a bucket named boom` failed while adjudicating: boom")
          .hasMessageNotContaining("java.").hasMessageNotContaining("Exception");
      assertThat(outcome(engine.adjudicate(pass))).isEqualTo(freshPass);
      assertThat(outcome(engine.adjudicate(fail))).isEqualTo(freshFail);
      // without its lane's table row the lane has no next gate to pass to: never an advance
      assertThat(engine.adjudicate(dropRow).outcome()).isNotEqualTo(Verdict.ADVANCE);
      assertThat(outcome(engine.adjudicate(pass))).isEqualTo(freshPass);
      assertThat(outcome(engine.adjudicate(fail))).isEqualTo(freshFail);
    }
  }
}
