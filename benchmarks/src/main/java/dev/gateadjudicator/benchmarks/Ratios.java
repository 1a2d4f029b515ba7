package dev.gateadjudicator.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the decision, floors and scaling benchmarks in one go and prints them as ratios: the engine and the full
 * path against the hand-written checks (median of sampled times), bytes allocated per call, what the libraries
 * alone cost on the same fact set ({@link FloorsBenchmark}), and the cost of 10,000 extra facts against 1,000. Run from the repository root:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.gateadjudicator.benchmarks.Ratios}</pre>
 */
public final class Ratios {
  private Ratios() {}

  /**
   * Runs and prints.
   *
   * @param args {@code quick} for one short iteration each (a smoke run, not a measurement)
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("quick");
    Map<String, RunResult> byMethod = run(DecisionBenchmark.class, quick);
    double floor = p50(byMethod.get("handWritten"));
    System.out.println("decision on a passing M6.F fact set (median of sampled calls)");
    System.out.printf(Locale.ROOT, "  %-20s %12s %10s %14s%n", "method", "p50 us", "ratio", "alloc B/op");
    for (String m : new String[] {"handWritten", "session", "engine", "parse", "fullPath"}) {
      RunResult r = byMethod.get(m);
      System.out.printf(Locale.ROOT, "  %-20s %12.3f %9.0fx %14.0f%n", m, p50(r), p50(r) / floor, alloc(r));
    }

    Map<String, RunResult> byFloor = run(FloorsBenchmark.class, quick);
    System.out.println("floors: the libraries alone on the same fact set, no policy (median of sampled calls)");
    for (String m : new String[] {"droolsNoRules", "droolsOneRulePerKind", "artifactSchemas", "factSetSchema",
        "jacksonTree"}) {
      RunResult r = byFloor.get(m);
      System.out.printf(Locale.ROOT, "  %-20s %12.3f %9.0fx %14.0f%n", m, p50(r), p50(r) / floor, alloc(r));
    }
    double warmFloor = p50(byFloor.get("droolsOneRulePerKind")) + p50(byFloor.get("artifactSchemas"));
    double fullFloor = warmFloor + p50(byFloor.get("factSetSchema")) + p50(byFloor.get("jacksonTree"));
    System.out.printf(Locale.ROOT, "  warm floor (rules reach every fact + artifact schemas) %.3f us = %.0fx;"
        + " engine is %.1fx it%n", warmFloor, warmFloor / floor, p50(byMethod.get("engine")) / warmFloor);
    System.out.printf(Locale.ROOT, "  full-path floor (+ fact-set schema + Jackson tree)       %.3f us = %.0fx;"
        + " full path is %.1fx it%n", fullFloor, fullFloor / floor, p50(byMethod.get("fullPath")) / fullFloor);

    OptionsBuilder scaling = new OptionsBuilder();
    scaling.include(ScalingBenchmark.class.getName()).verbosity(VerboseMode.SILENT);
    if (quick) {
      scaling.warmupIterations(1).measurementIterations(1);
    }
    Options so = scaling.build();
    Collection<RunResult> rs = new Runner(so).run();
    Map<String, Double> ms = new LinkedHashMap<>();
    for (RunResult r : rs) {
      ms.put(r.getParams().getParam("outcome") + "/" + r.getParams().getParam("extra"),
          r.getPrimaryResult().getScore());
    }
    System.out.println("scaling: extra nodegroups and lane facts (mean of single calls)");
    for (String outcome : new String[] {"pass", "fail"}) {
      double small = ms.get(outcome + "/1000");
      double large = ms.get(outcome + "/10000");
      System.out.printf(Locale.ROOT, "  %-5s 1,000: %9.2f ms   10,000: %9.2f ms   ratio %5.1fx%n", outcome, small,
          large, large / small);
    }
  }

  /** Runs one benchmark class with the allocation profiler and returns its results by method name. */
  private static Map<String, RunResult> run(Class<?> benchmark, boolean quick) throws RunnerException {
    OptionsBuilder options = new OptionsBuilder();
    options.include(benchmark.getName()).addProfiler(GCProfiler.class).verbosity(VerboseMode.SILENT);
    if (quick) {
      options.warmupIterations(1).measurementIterations(1);
    }
    Map<String, RunResult> byMethod = new LinkedHashMap<>();
    for (RunResult r : new Runner(options.build()).run()) {
      String label = r.getParams().getBenchmark();
      byMethod.put(label.substring(label.lastIndexOf('.') + 1), r);
    }
    return byMethod;
  }

  private static double p50(RunResult r) {
    return r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static double alloc(RunResult r) {
    Result<?> a = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return a == null ? Double.NaN : a.getScore();
  }
}
