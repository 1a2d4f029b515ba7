package dev.gateadjudicator.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Assembler;
import dev.gateadjudicator.internal.FactSetCodec;
import dev.gateadjudicator.internal.PhaseCatalog;
import dev.gateadjudicator.internal.Policy;
import dev.gateadjudicator.internal.PolicySource;
import dev.gateadjudicator.internal.Schemas;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the parts the project is built on cost on the same passing M6.F fact set with no policy at all: the floor
 * under each stage of {@link DecisionBenchmark} that no change to our own code can go below.
 * <ul>
 *   <li>{@code droolsNoRules}: a reused Drools session of a knowledge base with no rules takes the call's facts (the
 *       fact set's facts and handles, as a pooled lane session does), fires, and deletes them again;</li>
 *   <li>{@code droolsOneRulePerKind}: the same with one rule per fact kind that matches every fact of its kind
 *       and does nothing, so every fact reaches a rule as every M6.F check needs;</li>
 *   <li>{@code artifactSchemas}: networknt validating the adjudication's artifacts (already as trees) against
 *       their schemas, as the engine validates each artifact it writes;</li>
 *   <li>{@code factSetSchema}: networknt validating the fact set's tree, as parsing does;</li>
 *   <li>{@code jacksonTree}: Jackson reading the fact set's bytes into a tree.</li>
 * </ul>
 * {@link Ratios} prints them beside the decision, as ratios to the hand-written checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FloorsBenchmark {
  private byte[] json;
  private JsonNode factSetTree;
  private final List<Object> callFacts = new ArrayList<>();
  private KieSession noRules;
  private KieSession oneRulePerKind;
  private final List<String> schemas = new ArrayList<>();
  private final List<JsonNode> artifacts = new ArrayList<>();

  /**
   * Reads the fixture, adjudicates it once for its artifacts, and builds the two rule sessions.
   *
   * @throws IOException when the fixture is missing (run from the repository root)
   */
  @Setup
  public void setUp() throws IOException {
    json = Files.readAllBytes(DecisionBenchmark.FIXTURE);
    factSetTree = Json.MAPPER.readTree(json);
    FactSet factSet = FactSetCodec.canonical(FactSets.parse(json));
    callFacts.addAll(factSet.handleFacts());
    callFacts.addAll(factSet.facts());

    StringBuilder drl = new StringBuilder("package gate.floor;\n");
    java.util.Set<Class<?>> kinds = new java.util.LinkedHashSet<>();
    for (Object o : callFacts) {
      kinds.add(o.getClass());
    }
    for (Class<?> k : kinds) {
      drl.append("rule \"").append(k.getSimpleName()).append("\" when ").append(k.getName())
          .append("() then end\n");
    }
    noRules = new KieHelper().addContent("package gate.floor;\n", ResourceType.DRL).build().newKieSession();
    KieBase perKind = new KieHelper().addContent(drl.toString(), ResourceType.DRL).build();
    oneRulePerKind = perKind.newKieSession();

    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(factSet);
    Policy policy = Policy.compile(PolicySource.bundled(GateEngine.DEFAULT_POLICY), false, true);
    PhaseCatalog.Lane lane = policy.phases().get(factSet.phase()).lane(factSet.lane()).orElseThrow();
    for (Map.Entry<String, String> e : a.artifacts().entrySet()) {
      schemas.add(schemaOf(lane, e.getKey()));
      artifacts.add(Json.MAPPER.readTree(e.getValue()));
    }
    for (int i = 0; i < artifacts.size(); i++) {
      if (!Schemas.validate(schemas.get(i), artifacts.get(i)).isEmpty()) {
        throw new IllegalStateException("artifact " + i + " must be valid against `" + schemas.get(i) + "`");
      }
    }
  }

  private static String schemaOf(PhaseCatalog.Lane lane, String file) {
    if (file.equals(lane.summary())) {
      return Assembler.SUMMARY_SCHEMA;
    } else if (file.equals(lane.register())) {
      return Assembler.REGISTER_SCHEMA;
    } else if (file.equals(lane.rollup())) {
      return Assembler.ROLLUP_SCHEMA;
    } else if (file.equals(lane.verdict())) {
      return Assembler.VERDICT_SCHEMA;
    } else if (file.equals(lane.entryReceipt())) {
      return Assembler.ENTRY_RECEIPT_SCHEMA;
    }
    return Assembler.SNAPSHOT_SCHEMA;
  }

  /** Disposes the sessions. */
  @TearDown
  public void tearDown() {
    noRules.dispose();
    oneRulePerKind.dispose();
  }

  private int cycle(KieSession session) {
    List<FactHandle> handles = new ArrayList<>(callFacts.size());
    for (Object o : callFacts) {
      handles.add(session.insert(o));
    }
    int fired = session.fireAllRules();
    for (FactHandle h : handles) {
      session.delete(h);
    }
    return fired;
  }

  /**
   * Drools with no rules: insert, fire, delete.
   *
   * @return rules fired (none)
   */
  @Benchmark
  public int droolsNoRules() {
    return cycle(noRules);
  }

  /**
   * Drools with one do-nothing rule per fact kind: insert, fire, delete.
   *
   * @return rules fired
   */
  @Benchmark
  public int droolsOneRulePerKind() {
    return cycle(oneRulePerKind);
  }

  /**
   * networknt on every artifact of the adjudication.
   *
   * @param bh sinks the results
   */
  @Benchmark
  public void artifactSchemas(Blackhole bh) {
    for (int i = 0; i < artifacts.size(); i++) {
      bh.consume(Schemas.validate(schemas.get(i), artifacts.get(i)));
    }
  }

  /**
   * networknt on the fact set.
   *
   * @return the violations (none)
   */
  @Benchmark
  public Object factSetSchema() {
    return Schemas.validate(Schemas.FACT_SET, factSetTree);
  }

  /**
   * Jackson reading the fact set.
   *
   * @return the tree
   * @throws IOException never: the bytes were read once already
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return Json.MAPPER.readTree(json);
  }
}
