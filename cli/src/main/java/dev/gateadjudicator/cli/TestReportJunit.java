package dev.gateadjudicator.cli;

import dev.gateadjudicator.replay.ReplayResult;

/** {@code gate test --format junit}: JUnit XML, a test case per fixture and per coverage requirement. */
final class TestReportJunit {
  private TestReportJunit() {}

  static String render(TestRun run) {
    int coverageCases = run.coverage() == null || run.minCoverage() == 0 ? 0 : run.coverage().codes().size();
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuite name=\"gate test ").append(xml(run.policy())).append("\" tests=\"")
        .append(run.results().size() + coverageCases).append("\" failures=\"")
        .append(run.failed() + run.uncovered().size()).append("\">\n");
    for (ReplayResult r : run.results()) {
      sb.append("  <testcase classname=\"fixtures\" name=\"").append(xml(r.fixture().name())).append('"');
      if (r.matched()) {
        sb.append("/>\n");
      } else {
        sb.append(">\n    <failure message=\"").append(xml(String.join("; ", r.mismatches()))).append("\"/>\n")
            .append("  </testcase>\n");
      }
    }
    if (coverageCases > 0) {
      for (String code : run.coverage().codes().keySet()) {
        sb.append("  <testcase classname=\"coverage\" name=\"").append(xml(code)).append('"');
        if (run.uncovered().contains(code)) {
          sb.append(">\n    <failure message=\"raised by ").append(run.coverage().codes().get(code))
              .append(" fixture(s), fewer than ").append(run.minCoverage()).append("\"/>\n  </testcase>\n");
        } else {
          sb.append("/>\n");
        }
      }
    }
    return sb.append("</testsuite>\n").toString();
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
