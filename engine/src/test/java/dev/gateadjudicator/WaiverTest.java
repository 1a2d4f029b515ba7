package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiverTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();

  @ParameterizedTest
  @CsvSource({
      "edge/m6f_waiver_live, APPLIED, 1",
      "edge/m6f_waiver_expired, EXPIRED, 0",
      "edge/m6f_waiver_malformed, MALFORMED, 0",
      "edge/m6f_waiver_bad_expiry, MALFORMED, 0",
      "edge/m6f_waiver_other_subject, UNUSED, 0",
      "edge/m6f_waiver_reset_required, NOT_WAIVABLE, 0",
      "edge/m6f_waiver_hard_blocker, NOT_WAIVABLE, 0",
      "../p0/edge/m2a_waiver_hard_blocker, NOT_WAIVABLE, 0",
      "../p0/gate/m2j_waiver_streaming_drift, NOT_WAIVABLE, 0",
      "../p0/edge/m2h_waiver_residual_s3, APPLIED, 1"})
  void waiver_isReportedWithItsFate(String fixture, String status, int appliedTo) {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet(fixture));
    assertThat(a.register().waivers()).singleElement().satisfies(w -> {
      assertThat(w.status()).isEqualTo(status);
      assertThat(w.appliedTo()).isEqualTo(appliedTo);
      assertThat(w.id()).isEqualTo("waiver-1");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "edge/m6f_waiver_hard_blocker, M6P6-B2, S1",
      "../p0/edge/m2a_waiver_hard_blocker, M2A-B2, S2",
      "../p0/gate/m2j_waiver_streaming_drift, M2-B5, S2"})
  void waiverForAnS1OrS2Code_isNotAppliedAndSaysWhy(String fixture, String code, String severity) {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet(fixture));
    assertThat(a.register().waived()).isEmpty();
    assertThat(a.register().blockers()).extracting(Blocker::code).contains(code);
    assertThat(a.register().waivers()).singleElement().satisfies(w -> assertThat(w.detail())
        .contains("`" + code + "` is " + severity).contains("`\"waivable\": true`"));
  }

  @ParameterizedTest
  @CsvSource({"edge/m6f_waiver_live"})
  void liveWaiver_keepsTheBlockerVisibleButUncounted(String fixture) {
    Adjudication a = ENGINE.adjudicate(TestFixtures.factSet(fixture));
    assertThat(a.register().blockers()).isEmpty();
    assertThat(a.register().waived()).singleElement().satisfies(b -> {
      assertThat(b.code()).isEqualTo("M6P6-B7");
      assertThat(b.findings()).allSatisfy(f -> assertThat(f.waivedBy()).isEqualTo("waiver-1"));
    });
    assertThat(a.summary().blockerCount()).isZero();
    assertThat(new String(a.artifact("m6f_blocker_register.json"))).contains("\"waived_by\" : \"waiver-1\"");
  }
}
