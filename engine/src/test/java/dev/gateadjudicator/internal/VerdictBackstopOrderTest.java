package dev.gateadjudicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.FactRef;
import dev.gateadjudicator.result.Severity;
import dev.gateadjudicator.result.Verdict;
import dev.gateadjudicator.rules.Decision;
import dev.gateadjudicator.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictBackstopOrderTest {
  private static Finding finding(Severity severity) {
    BlockerDefinition d = new BlockerDefinition("P9", "T-B1", "title", severity, false, "T-V1", "fix", null, null);
    return new Finding(d, null, null, "rule", "subject", "detail", List.of(new FactRef("f1", "lane_state")), null);
  }

  @Test
  void strictness_ordersNoGoOverHoldOverAdvance() {
    assertThat(VerdictBackstop.stricter(Verdict.NO_GO_RESET_REQUIRED, Verdict.HOLD_REMEDIATE)).isTrue();
    assertThat(VerdictBackstop.stricter(Verdict.HOLD_REMEDIATE, Verdict.ADVANCE)).isTrue();
    assertThat(VerdictBackstop.stricter(Verdict.ADVANCE, Verdict.HOLD_REMEDIATE)).isFalse();
    assertThat(VerdictBackstop.stricter(Verdict.HOLD_REMEDIATE, Verdict.HOLD_REMEDIATE)).isFalse();
    assertThat(VerdictBackstop.STRICTNESS).containsExactlyInAnyOrder(Verdict.values());
  }

  @Test
  void decide_strictestWinsWhateverTheOrder() {
    Decision advance = new Decision(Verdict.ADVANCE, "NEXT_READY", "a");
    Decision noGo = new Decision(Verdict.NO_GO_RESET_REQUIRED, "NO_GO_RESET_REQUIRED", "b");
    Decision hold = new Decision(Verdict.HOLD_REMEDIATE, "HOLD_REMEDIATE", "c");
    assertThat(VerdictBackstop.decide(List.of(advance, noGo, hold), List.of())).isEqualTo(noGo);
    assertThat(VerdictBackstop.decide(List.of(hold, advance), List.of())).isEqualTo(hold);
  }

  @Test
  void decide_noDecision_holds() {
    Decision d = VerdictBackstop.decide(List.of(), List.of());
    assertThat(d.verdict()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(d.rule()).isEqualTo(VerdictBackstop.NO_DECISION);
  }

  @Test
  void decide_advanceWithAnS2Finding_isRefused() {
    Decision advance = new Decision(Verdict.ADVANCE, "NEXT_READY", "a");
    Decision d = VerdictBackstop.decide(List.of(advance), List.of(finding(Severity.S2)));
    assertThat(d.verdict()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(d.rule()).isEqualTo(VerdictBackstop.ADVANCE_REFUSED);
    assertThat(VerdictBackstop.decide(List.of(advance), List.of(finding(Severity.S3)))).isEqualTo(advance);
  }
}
