package dev.gateadjudicator.benchmarks;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.FactSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * How long an adjudication takes on a warm, shared engine, and how long parsing a fact set takes. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar -prof gc} from the repository root for allocation figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  /** The fixture to adjudicate, relative to {@code fixtures/p6}. */
  @Param({"m6f_p6b_streaming_active_20260225T163455Z", "m6g_p6c_gate_rollup_20260225T173000Z",
      "m6e_p6a_stream_entry_20260225T120522Z"})
  public String fixture;

  private GateEngine engine;
  private byte[] json;
  private FactSet factSet;

  /**
   * Compiles the default policy once and reads the fixture.
   *
   * @throws IOException when the fixture is missing
   */
  @Setup
  public void setUp() throws IOException {
    engine = GateEngine.withDefaultPolicy();
    json = Files.readAllBytes(Path.of("fixtures/p6", fixture + ".factset.json"));
    factSet = FactSets.parse(json);
  }

  /**
   * One adjudication in a fresh session, artifacts rendered and schema-checked.
   *
   * @return the adjudication
   */
  @Benchmark
  public Adjudication adjudicate() {
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
}
