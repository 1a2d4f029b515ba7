package dev.gateadjudicator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.replay.ReplayResult;

/** {@code gate test --format json}: fixtures, coverage and totals as one JSON document. */
final class TestReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TestReportJson() {}

  static String render(TestRun run) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("policy", run.policy());
    root.put("passed", run.results().size() - run.failed());
    root.put("failed", run.failed());
    ArrayNode fixtures = root.putArray("fixtures");
    for (ReplayResult r : run.results()) {
      ObjectNode f = fixtures.addObject();
      f.put("name", r.fixture().name());
      f.put("matched", r.matched());
      f.put("exit_code", r.exitCode());
      r.mismatches().forEach(f.putArray("mismatches")::add);
    }
    if (run.coverage() != null) {
      ObjectNode cov = root.putObject("coverage");
      ObjectNode codes = cov.putObject("codes");
      run.coverage().codes().forEach(codes::put);
      ObjectNode rules = cov.putObject("rules");
      run.coverage().rules().forEach(rules::put);
      cov.put("min_coverage", run.minCoverage());
      run.uncovered().forEach(cov.putArray("below_min")::add);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
