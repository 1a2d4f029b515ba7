package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.output.ArtifactWriter;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.ExecutionSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code gate run --phase P} without {@code --lane}: every lane of the phase in the order its taxonomy lists them,
 * then the gate lane. Each lane writes its artifacts to {@code OUT/<lane>/}; each lane after the first reads the
 * execution summaries of the lanes before it as its {@code lane_result} facts, from the {@code --publish} prefix
 * when the run publishes (so the read-back receipts count) and from {@code OUT/lane_results/} otherwise (a local
 * copy, which proves nothing about durable storage: the gate lane then holds on the durable-publish blocker). A
 * lane that fails does not stop the run; the exit code is the last (gate) lane's.
 */
final class PhaseRun {
  /** The folder under {@code --out} the local summaries are copied to for the next lanes. */
  static final String LANE_RESULTS = "lane_results";

  /** Runs one lane: collects (maybe several samples) and judges. */
  interface LaneJudge {
    /**
     * Collects and adjudicates one lane.
     *
     * @param lane the lane
     * @param laneResults where the earlier lanes' summaries are
     * @param at the capture time
     * @param out the lane's artifact folder
     * @return the adjudication and the fact set it judged
     * @throws Exception when saving a sample fails or the run is interrupted
     */
    PolicyOptions.Judged judge(String lane, String laneResults, Instant at, Path out) throws Exception;
  }

  private PhaseRun() {}

  /**
   * Runs every lane of the phase.
   *
   * @param spec the command, for its streams
   * @param collect what to collect
   * @param engine the engine
   * @param evidence the artifact, publish and report options ({@code --out} required)
   * @param judge collects and judges one lane
   * @return the gate lane's exit code
   * @throws Exception when writing fails or the run is interrupted
   */
  static int run(picocli.CommandLine.Model.CommandSpec spec, CollectOptions collect, GateEngine engine,
      EvidenceOptions evidence, LaneJudge judge) throws Exception {
    List<String> lanes = engine.lanes(collect.phase);
    if (lanes.isEmpty()) {
      throw new IllegalArgumentException("the policy `" + engine.policyName() + "` has no phase `" + collect.phase + "`");
    }
    if (evidence.out == null) {
      throw new IllegalArgumentException("`--out` is required without `--lane`: each lane writes to its own subfolder");
    }
    if (collect.executionId != null) {
      throw new IllegalArgumentException("`--execution-id` names one lane's execution: give `--lane` with it");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path local = evidence.out.resolve(LANE_RESULTS);
    clearSummaries(local);
    String own = evidence.publish != null ? evidence.publish : local.toString();
    Instant at = collect.captureTime();
    Adjudication last = null;
    for (int i = 0; i < lanes.size(); i++) {
      String lane = lanes.get(i);
      String results = i == 0 && collect.laneResults != null ? collect.laneResults : own;
      Path dir = evidence.out.resolve(lane);
      err.println("run: lane " + lane + " (" + (i + 1) + "/" + lanes.size() + "), lane results from " + results);
      err.flush();
      PolicyOptions.Judged j = judge.judge(lane, results, at, dir);
      evidence.validate(engine, j.factSet());
      ArtifactWriter.write(j.adjudication(), dir);
      Adjudication a = evidence.finish(engine, j, dir, err);
      copySummary(dir, local);
      out.println(progress(a, dir));
      out.flush();
      last = a;
    }
    out.print(evidence.json ? last.toJson() : HumanSummary.render(last));
    out.flush();
    return last.exitCode();
  }

  /**
   * The console line of one finished lane.
   *
   * @param a its adjudication
   * @param dir where its artifacts are
   * @return the line
   */
  static String progress(Adjudication a, Path dir) {
    ExecutionSummary s = a.summary();
    String label = s.verdict() != null ? s.verdict() : s.overallPass() ? "PASS" : "HOLD";
    return String.format("lane %-6s %-22s next %-14s %2d blockers%s  -> %s", s.lane(), label, s.nextGate(),
        s.blockerCount(), s.blockerCodes().isEmpty() ? "" : " " + String.join(", ", s.blockerCodes()), dir);
  }

  private static void copySummary(Path dir, Path local) throws IOException {
    Files.createDirectories(local);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*_execution_summary.json")) {
      for (Path f : files) {
        Files.copy(f, local.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void clearSummaries(Path local) throws IOException {
    if (!Files.isDirectory(local)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(local, "*_execution_summary.json")) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
  }
}
