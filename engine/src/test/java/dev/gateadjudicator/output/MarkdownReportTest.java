package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void strictRerun_showsTheThreeBlockersFoldedWithTheirRemediation() {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    String md = MarkdownReport.render(a);
    assertThat(a.register().codes()).containsExactly("M6P6-B2", "M6P6-B3", "M6P6-B4");
    for (Blocker b : a.register().blockers()) {
      assertThat(md).contains("<summary>" + (b.severity() == Severity.S1 ? "🔴" : "🟠") + " <b>" + b.code() + "</b> · "
              + b.severity())
          .contains("- remediation: " + ReportText.md(b.remediation()));
    }
    assertThat(md).startsWith("## ❌ P6 M6.F: HOLD_REMEDIATE\n")
        .contains("| **next gate** | `HOLD_REMEDIATE` |")
        .contains("| P6-V2-STREAM-COUNTERS | ❌ FAIL | M6P6-B2, M6P6-B3 |")
        .contains("| P6-V4-AMBIGUITY-CHECK | ✅ PASS |  |")
        .contains("| P6 M6.F | ❌ HOLD_REMEDIATE |\n|---|---|\n| **execution** |")
        .doesNotContain("| | |");
    assertThat(md.split("<details>", -1)).hasSize(4);
    assertThat(md.split("</details>", -1)).hasSize(4);
  }

  @Test
  void passingLane_headlinesPassWithACheckMark() {
    String md = MarkdownReport.render(OutputFixtures.adjudicate(OutputFixtures.LANE_PASS));
    assertThat(md).startsWith("## ✅ P6 M6.F: PASS\n").contains("No active blockers.").doesNotContain("<details>");
  }

  @Test
  void templateFolder_overridesTheBundledTemplate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve(ReportTemplates.MARKDOWN),
        "{{phase}} {{lane}} {{headline}}{{#blockers}} {{code}}{{/blockers}}\n");
    String md = MarkdownReport.render(OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN), dir);
    assertThat(md).isEqualTo("P6 M6.F HOLD_REMEDIATE M6P6-B2 M6P6-B3 M6P6-B4\n");
  }

  @Test
  void gate_showsTheLaneMatrixAndSupersededEvidence() {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.GATE_HOLD);
    String md = MarkdownReport.render(a);
    assertThat(a.rollup().superseded()).isNotEmpty();
    assertThat(md).contains("| lane | status | execution |");
    a.rollup().lanes().forEach(l -> assertThat(md).contains("| " + l.lane() + " | "
        + ("PASS".equals(l.status()) ? "✅" : "MISSING".equals(l.status()) ? "⚪" : "❌") + " " + l.status() + " |"));
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
