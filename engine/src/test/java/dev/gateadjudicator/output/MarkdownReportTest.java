package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.Blocker;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void strictRerun_showsTheThreeBlockersWithTheirRemediation() {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    String md = MarkdownReport.render(a);
    assertThat(a.register().codes()).containsExactly("M6P6-B2", "M6P6-B3", "M6P6-B4");
    for (Blocker b : a.register().blockers()) {
      assertThat(md).contains("#### " + b.code() + " · " + b.severity())
          .contains("- remediation: " + ReportText.md(b.remediation()));
    }
    assertThat(md).startsWith("## P6 M6.F: HOLD_REMEDIATE\n")
        .contains("| next gate | `HOLD_REMEDIATE` |")
        .contains("| P6-V2-STREAM-COUNTERS | FAIL | M6P6-B2, M6P6-B3 |")
        .contains("| P6-V4-AMBIGUITY-CHECK | PASS |  |");
  }

  @Test
  void gate_showsTheLaneMatrixAndSupersededEvidence() {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.GATE_HOLD);
    String md = MarkdownReport.render(a);
    assertThat(a.rollup().superseded()).isNotEmpty();
    assertThat(md).contains("| lane | status | execution |");
    a.rollup().lanes().forEach(l -> assertThat(md).contains("| " + l.lane() + " | " + l.status() + " |"));
    a.rollup().superseded().forEach(s -> assertThat(md).contains("| " + s.lane() + " | `" + s.executionId() + "`"));
  }

  @Test
  void factText_cannotBreakATableOrInjectHtml() {
    assertThat(ReportText.md("a|b\n<script>")).isEqualTo("a\\|b &lt;script&gt;");
  }

  @Test
  void render_isTheSameForTheSameAdjudication() {
    List<String> twice = List.of(OutputFixtures.STRICT_RERUN, OutputFixtures.STRICT_RERUN).stream()
        .map(n -> MarkdownReport.render(OutputFixtures.ENGINE.adjudicate(OutputFixtures.factSet(n)))).toList();
    assertThat(twice.get(0)).isEqualTo(twice.get(1));
  }
}
