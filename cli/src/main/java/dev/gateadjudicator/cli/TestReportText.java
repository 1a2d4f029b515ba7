package dev.gateadjudicator.cli;

import dev.gateadjudicator.replay.ReplayResult;
import java.util.Map;

/** {@code gate test --format table}: a line per fixture, then the coverage tables. */
final class TestReportText {
  private TestReportText() {}

  static String render(TestRun run) {
    StringBuilder sb = new StringBuilder();
    for (ReplayResult r : run.results()) {
      sb.append(r.matched() ? "ok    " : "FAIL  ").append(r.fixture().name()).append('\n');
      r.mismatches().forEach(m -> sb.append("        ").append(m).append('\n'));
    }
    if (run.coverage() != null) {
      sb.append("\ncoverage of policy `").append(run.policy()).append("` (fixtures judged under it)\n");
      sb.append(String.format("%-9s %s%n", "fixtures", "code"));
      for (Map.Entry<String, Integer> e : run.coverage().codes().entrySet()) {
        sb.append(String.format("%8d  %s%s%n", e.getValue(), e.getKey(),
            run.uncovered().contains(e.getKey()) ? "   <- below --min-coverage " + run.minCoverage() : ""));
      }
      sb.append(String.format("%n%-9s %s%n", "fixtures", "rule"));
      for (Map.Entry<String, Integer> e : run.coverage().rules().entrySet()) {
        sb.append(String.format("%8d  %s%n", e.getValue(), e.getKey()));
      }
    }
    for (String code : run.uncovered()) {
      sb.append("coverage: code `").append(code).append("` is raised by fewer than ").append(run.minCoverage())
          .append(" fixture(s)\n");
    }
    sb.append("test: ").append(run.results().size() - run.failed()).append(" passed, ").append(run.failed())
        .append(" failed\n");
    return sb.toString();
  }
}
