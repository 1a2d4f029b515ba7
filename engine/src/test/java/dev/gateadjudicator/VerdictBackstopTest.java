package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine never lets a policy turn an active S1/S2 blocker, or silence, into an ADVANCE. */
class VerdictBackstopTest {
  @TempDir
  Path tmp;

  @Test
  void verdictRuleThatAlwaysAdvances_isRefusedWhileABlockerIsActive() throws Exception {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("reckless"));
    Files.writeString(p.resolve("common/verdict.drl"), """
        package gate.common;
        import dev.gateadjudicator.rules.*;
        global Decisions decisions;
        rule "reckless gate always advances"
        ruleflow-group "verdict"
        when
            Execution(gate == true)
        then
            decisions.advance(kcontext, "M6.H_READY");
        end
        """);
    GateEngine engine = GateEngine.fromPolicyDirectory(p);
    Adjudication a = engine.adjudicate(TestFixtures.factSet("m6g_p6c_gate_rollup_20260225T173000Z"));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.verdict().orElseThrow().decidedBy()).containsExactly(
        "engine: advance refused while an S1/S2 blocker is active");
  }

  @Test
  void noVerdictRule_holds() {
    Path p = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("silent"));
    TestFixtures.edit(p.resolve("common/verdict.drl"), "Execution(gate == true",
        "Execution(gate == true, lane == \"no such lane\"");
    GateEngine engine = GateEngine.fromPolicyDirectory(p);
    Adjudication a = engine.adjudicate(TestFixtures.factSet("edge/m6g_pass"));
    assertThat(a.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(a.summary().nextGate()).isEqualTo("HOLD_REMEDIATE");
    assertThat(a.verdict().orElseThrow().decidedBy()).containsExactly(
        "engine: no verdict rule decided, holding (fail closed)");
  }

  @Test
  void strictestDecisionWins() {
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(TestFixtures.factSet("edge/m6g_reset_required"));
    assertThat(a.outcome()).isEqualTo(Verdict.NO_GO_RESET_REQUIRED);
    assertThat(a.verdict().orElseThrow().decidedBy()).containsExactly("gate is NO_GO on a reset-required blocker");
  }
}
