package dev.gateadjudicator.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The false-pass search: mutates every passing fixture (the generator), adjudicates each mutant with the engine,
 * and judges it with the phase's independent reference (see {@link References}). Fails on any mutant the engine
 * passes and the reference does not, any disagreement on outcome or codes, any mutant that must not pass (a
 * contradiction, a failed read) and passes, and any exception other than an invalid-input rejection. Rejections are
 * counted and reported, never dropped silently.
 *
 * <p>{@code -Dgate.differential.cases=N} sets the number of cases (default 3000) and {@code -Dgate.differential.seed=S}
 * the seed; case {@code i} is reproducible from the seed and {@code i} alone.
 */
class DifferentialTest {
  private static final int CASES = Integer.getInteger("gate.differential.cases", 3000);
  private static final long SEED = Long.getLong("gate.differential.seed", 9L);

  record Base(String name, JsonNode json) {}

  record Outcome(String outcome, SortedSet<String> codes) {
    @Override
    public String toString() {
      return outcome + " " + codes;
    }
  }

  @Test
  void mutatedPassingFactSets_engineAgreesWithReferenceAndNeverPassesFalsely() throws IOException {
    List<Base> bases = passingFixtures();
    assertTrue(bases.size() >= 10, "too few passing fixtures found: " + bases.size());
    GateEngine engine = GateEngine.withDefaultPolicy();
    Map<String, Reference> refs = new TreeMap<>();
    References.all().forEach(r -> refs.put(r.phase(), r));
    for (Base b : bases) { // compile every phase's rules before counting
      engine.adjudicate(FactSets.parse(FactKindData.MAPPER.writeValueAsBytes(b.json())));
    }
    long started = System.nanoTime();
    Map<String, int[]> tally = new TreeMap<>(); // family -> {cases, rejected, compared, engine invariants only}
    Map<Integer, String> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
    java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();
    java.util.stream.IntStream.range(0, CASES).parallel().forEach(i -> {
      SplittableRandom rnd = new SplittableRandom(SEED * 1_000_003L + i);
      Base base = bases.get(rnd.nextInt(bases.size()));
      Mutation m = Generator.next(base.json(), rnd);
      int[] t = new int[4];
      t[0]++;
      String problem = check(engine, refs, base, m, t);
      synchronized (tally) {
        int[] sum = tally.computeIfAbsent(m.family(), k -> new int[4]);
        for (int j = 0; j < 4; j++) {
          sum[j] += t[j];
        }
      }
      int done = progress.incrementAndGet();
      if (CASES >= 20_000 && done % 5_000 == 0) {
        System.out.println("differential: " + done + " of " + CASES + " cases, " + failures.size() + " failures");
      }
      if (problem != null) {
        System.out.println("differential failure: case " + i + ", " + base.name() + ", " + m + ": " + problem);
        failures.put(i, "case " + i + " (-Dgate.differential.seed=" + SEED + "), fixture " + base.name()
            + "\n    mutation: " + m + "\n    " + problem);
      }
    });
    StringBuilder report = new StringBuilder("differential: " + CASES + " cases from " + bases.size()
        + " passing fixtures, seed " + SEED + "\n  family: cases / rejected as invalid input / compared with a reference"
        + " / engine invariants only\n");
    report.append("  (").append((System.nanoTime() - started) / 1_000_000).append(" ms after warm-up; informational)\n");
    tally.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v[0]).append(" / ").append(v[1])
        .append(" / ").append(v[2]).append(" / ").append(v[3]).append('\n'));
    System.out.print(report);
    report.append("  failures: ").append(failures.size()).append('\n');
    assertTrue(failures.isEmpty(), report + String.join("\n", failures.values().stream().limit(25).toList()));
  }

  /** Checks one mutant; returns a description of the failure, or {@code null}. */
  private static String check(GateEngine engine, Map<String, Reference> refs, Base base, Mutation m, int[] t) {
    ObjectNode mutant = m.apply().apply(base.json().deepCopy());
    FactSet fs;
    try {
      fs = FactSets.parse(FactKindData.MAPPER.writeValueAsBytes(mutant));
    } catch (InvalidFactSetException e) {
      t[1]++;
      return null;
    } catch (Exception e) {
      return "parse threw " + e;
    }
    Outcome got;
    try {
      Adjudication a = engine.adjudicate(fs);
      got = new Outcome(a.outcome().name(), new TreeSet<>(a.register().codes()));
    } catch (InvalidFactSetException e) {
      t[1]++;
      return null;
    } catch (RuntimeException e) {
      return "engine threw " + e;
    }
    boolean waivers = mutant.path("facts").findValues("kind").stream().anyMatch(k -> k.asText().equals("waiver"));
    if (m.mustNotPass() && !waivers && got.outcome().equals(Verdict.ADVANCE.name())) {
      return "FALSE PASS: the engine passes a fact set with " + m.family() + " (engine " + got + ")";
    }
    Reference ref = refs.get(fs.phase());
    if (ref == null || waivers) { // a live waiver may cover any finding of its code: judged by the engine alone
      t[3]++;
      return null;
    }
    t[2]++;
    Judgement want = ref.judge(mutant);
    if (got.outcome().equals(Verdict.ADVANCE.name()) && !want.outcome().equals(Verdict.ADVANCE.name())) {
      return "FALSE PASS: engine " + got + ", reference " + want.outcome() + " " + want.codes();
    }
    if (!got.outcome().equals(want.outcome()) || !got.codes().equals(want.codes())) {
      return "DISAGREE: engine " + got + ", reference " + want.outcome() + " " + want.codes();
    }
    return null;
  }

  private static boolean isFactSetFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(FactSets.FACT_SET_SUFFIX) || n.endsWith(FactSets.PATCH_SUFFIX);
  }

  /** Every fixture of the default policy whose expectation is exit 0. */
  static List<Base> passingFixtures() throws IOException {
    List<Base> out = new ArrayList<>();
    Path root = FactKindData.ROOT.resolve("fixtures");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(DifferentialTest::isFactSetFile).sorted().toList()) {
        Path exp = p.resolveSibling(p.getFileName().toString().replaceFirst("\\.(factset|patch)\\.json$", ".expected.json"));
        if (!Files.exists(exp)) {
          continue;
        }
        JsonNode e = FactKindData.MAPPER.readTree(exp.toFile());
        if (e.path("expect").path("exit_code").asInt(-1) == 0 && e.path("policy").asText("default").equals("default")) {
          out.add(new Base(root.relativize(p).toString(),
              FactKindData.MAPPER.readTree(FactSets.resolve(p))));
        }
      }
    }
    return out;
  }
}
