package dev.gateadjudicator.benchmarks;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Evaluation;
import dev.gateadjudicator.internal.Evaluator;
import dev.gateadjudicator.internal.FactSetCodec;
import dev.gateadjudicator.internal.PhaseCatalog;
import dev.gateadjudicator.internal.Policy;
import dev.gateadjudicator.internal.PolicySource;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.rules.Execution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One passing M6.F decision, three ways in one JVM: the hand-written checks (the floor), the engine's
 * {@code adjudicate} (rules and schema-checked artifacts; {@code session} is its rules session alone), and the full path a CLI run takes (bytes in, parse,
 * adjudicate, every artifact out as bytes); plus parsing alone, the part of the full path before the engine.
 * {@link Ratios} prints them side by side. The policy is the bundled default with its precompiled executable model
 * (the {@code policy-bundle} jar on the classpath), as the CLI runs it. For allocation per call:
 * {@code java -jar benchmarks/target/benchmarks.jar DecisionBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
  /** The passing M6.F fact set every method judges. */
  public static final Path FIXTURE = Path.of("fixtures/p6/edge/m6f_pass_strict.factset.json");

  private GateEngine engine;
  private byte[] json;
  private FactSet factSet;
  private Policy policy;
  private Execution execution;
  private FactSet canonical;

  /**
   * Builds the engine once, reads and parses the fixture, and checks that both evaluators pass it.
   *
   * @throws IOException when the fixture is missing (run from the repository root)
   */
  @Setup
  public void setUp() throws IOException {
    engine = GateEngine.withDefaultPolicy();
    json = Files.readAllBytes(FIXTURE);
    factSet = FactSets.parse(json);
    if (!HandWrittenM6F.evaluate(factSet).isEmpty() || engine.adjudicate(factSet).exitCode() != 0) {
      throw new IllegalStateException("`" + FIXTURE + "` must pass both the engine and the hand-written checks");
    }
    // the rules session alone, as the engine runs it: the same policy (precompiled), the lane's execution context
    policy = Policy.compile(PolicySource.bundled(GateEngine.DEFAULT_POLICY), false, true);
    canonical = FactSetCodec.canonical(factSet);
    PhaseCatalog.Lane lane = policy.phases().get(canonical.phase()).lane(canonical.lane()).orElseThrow();
    execution = new Execution(canonical.phase(), lane.lane(), lane.gate(), canonical.executionId(),
        canonical.platformRunId(), canonical.capturedAt());
    if (!Evaluator.evaluate(policy, execution, canonical).findings().isEmpty()) {
      throw new IllegalStateException("`" + FIXTURE + "` must raise no finding");
    }
  }

  /**
   * The Drools session alone: insert the fact set's facts into the lane's session, fire the classification and
   * verdict groups, read the results (no artifacts, no schema checks).
   *
   * @return what the session produced
   */
  @Benchmark
  public Evaluation session() {
    return Evaluator.evaluate(policy, execution, canonical);
  }

  /**
   * The hand-written checks.
   *
   * @return the codes
   */
  @Benchmark
  public BitSet handWritten() {
    return HandWrittenM6F.evaluate(factSet);
  }

  /**
   * The engine on a parsed fact set: rules, register, summary, snapshots, each schema-checked.
   *
   * @return the adjudication
   */
  @Benchmark
  public Adjudication engine() {
    return engine.adjudicate(factSet);
  }

  /**
   * Parsing, schema-checking and canonicalising the fact set.
   *
   * @return the fact set
   */
  @Benchmark
  public FactSet parse() {
    return FactSets.parse(json);
  }

  /**
   * Bytes in, every artifact out as bytes.
   *
   * @param bh sinks the artifacts
   */
  @Benchmark
  public void fullPath(Blackhole bh) {
    Adjudication a = engine.adjudicate(FactSets.parse(json));
    for (Map.Entry<String, String> e : a.artifacts().entrySet()) {
      bh.consume(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
