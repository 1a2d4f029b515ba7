package dev.gateadjudicator.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the engine scales with the size of a fact set: the passing M6.F fact set plus {@code extra} nodegroups and
 * {@code extra} stream-lane facts, each its own subject; all healthy ({@code pass}), or every nodegroup reporting a
 * health issue and every lane SUBMITTED ({@code fail}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class ScalingBenchmark {
  /** Extra nodegroups and lane facts. */
  @Param({"1000", "10000"})
  public int extra;

  /** {@code pass}: healthy; {@code fail}: each extra fact raises a finding. */
  @Param({"pass", "fail"})
  public String outcome;

  private GateEngine engine;
  private FactSet factSet;

  /**
   * Builds the fact set and the engine.
   *
   * @throws IOException when the base fixture is missing (run from the repository root)
   */
  @Setup
  public void setUp() throws IOException {
    engine = GateEngine.withDefaultPolicy();
    factSet = FactSets.parse(grow(Files.readAllBytes(DecisionBenchmark.FIXTURE), extra, outcome.equals("fail")));
  }

  /**
   * One adjudication of the grown fact set.
   *
   * @return the adjudication
   */
  @Benchmark
  public Adjudication adjudicate() {
    return engine.adjudicate(factSet);
  }

  /**
   * The passing M6.F fact set grown by {@code n} nodegroups and {@code n} stream-lane facts of the active path;
   * when {@code failing}, each nodegroup reports a health issue and each lane is SUBMITTED.
   *
   * @param base the passing fact set's JSON
   * @param n how many of each to add
   * @param failing whether the added facts fail
   * @return the grown fact set's JSON
   * @throws IOException never for valid input
   */
  static byte[] grow(byte[] base, int n, boolean failing) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(base);
    ArrayNode facts = (ArrayNode) root.get("facts");
    for (int i = 0; i < n; i++) {
      ObjectNode g = facts.addObject();
      g.put("kind", "nodegroup");
      g.put("id", "ng-" + i);
      g.put("name", "workers-" + i);
      g.put("status", "ACTIVE");
      ArrayNode issues = g.putArray("health_issues");
      if (failing) {
        issues.add("NodeCreationFailure");
      }
      g.put("ready_nodes", 2);
      ObjectNode l = facts.addObject();
      l.put("kind", "lane_state");
      l.put("id", "lane-" + i);
      l.put("lane_ref", "EXTRA_STREAM_LANE_" + i);   // one subject each: copies of one lane would contradict
      l.put("runtime_path", "EKS_FLINK_OPERATOR");
      l.put("job_ref", "job-" + i);
      l.put("state", failing ? "SUBMITTED" : "RUNNING");
    }
    return mapper.writeValueAsBytes(root);
  }
}
