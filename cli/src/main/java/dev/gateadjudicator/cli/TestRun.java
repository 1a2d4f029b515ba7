package dev.gateadjudicator.cli;

import dev.gateadjudicator.replay.ReplayResult;
import java.util.List;

/**
 * The outcome of {@code gate test}: every fixture's replay, the coverage of the policy under test, and the
 * coverage failures.
 *
 * @param policy the name of the policy under test
 * @param results one replay per fixture
 * @param coverage coverage, or {@code null} when not asked for
 * @param minCoverage the minimum fixtures per code, 0 when not asked for
 * @param uncovered codes raised by fewer fixtures than the minimum
 */
record TestRun(String policy, List<ReplayResult> results, Coverage coverage, int minCoverage,
    List<String> uncovered) {
  long failed() {
    return results.stream().filter(r -> !r.matched()).count();
  }

  boolean ok() {
    return failed() == 0 && uncovered.isEmpty();
  }
}
