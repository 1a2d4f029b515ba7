package dev.gateadjudicator.benchmarks;

import dev.gateadjudicator.GateEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** How long compiling and linting the bundled default policy takes, cold (first in a JVM) and warm. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class PolicyCompileBenchmark {
  /**
   * The first compilation in a fresh JVM: what the CLI pays at start-up.
   *
   * @return the engine
   */
  @Benchmark
  public GateEngine compileDefaultPolicyCold() {
    return GateEngine.withDefaultPolicy();
  }

  /**
   * A compilation once the JVM is warm: what an embedding service pays to reload policy.
   *
   * @return the engine
   */
  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  public GateEngine compileDefaultPolicyWarm() {
    return GateEngine.withDefaultPolicy();
  }
}
