package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs independent probes concurrently on a bounded pool under one deadline. Whatever a probe
 * throws, and every probe still running at the deadline, becomes a {@code collection_error} fact:
 * nothing escapes.
 */
final class Runner {
  private static final int MAX_THREADS = 16;

  private Runner() {}

  /**
   * Runs the probes.
   *
   * @param probes the probes
   * @param deadline the deadline of the whole run
   * @param progress receives one line as each probe finishes
   * @return the facts of every probe, with a {@code collection_error} for each failed one
   */
  public static List<Fact> run(List<Probe> probes, Duration deadline, Consumer<String> progress) {
    if (probes.isEmpty()) {
      return List.of();
    }
    long start = System.nanoTime();
    long end = start + deadline.toNanos();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "gate-collect-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(probes.size(), MAX_THREADS), daemons);
    ExecutorCompletionService<List<Fact>> done = new ExecutorCompletionService<>(pool);
    Map<Future<List<Fact>>, Probe> pending = new IdentityHashMap<>();
    for (Probe p : probes) {
      pending.put(done.submit(p.read()), p);
    }
    List<Fact> out = new ArrayList<>();
    try {
      while (!pending.isEmpty()) {
        long left = end - System.nanoTime();
        Future<List<Fact>> f = left <= 0 ? null : done.poll(left, TimeUnit.NANOSECONDS);
        if (f == null) {
          break;
        }
        Probe p = pending.remove(f);
        long ms = (System.nanoTime() - start) / 1_000_000;
        try {
          List<Fact> facts = f.get() == null ? List.of() : f.get();
          out.addAll(facts);
          long errors = facts.stream().filter(CollectionError.class::isInstance).count();
          progress.accept(line(p, errors == 0 ? "ok" : "failed", facts.size() + " facts", ms));
        } catch (java.util.concurrent.ExecutionException e) {
          CollectionError err = error(p, Failures.classify(e.getCause()), Failures.message(e.getCause()));
          out.add(err);
          progress.accept(line(p, "failed", err.error() + ": " + err.message(), ms));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      for (Map.Entry<Future<List<Fact>>, Probe> e : pending.entrySet()) {
        e.getKey().cancel(true);
        Probe p = e.getValue();
        out.add(error(p, ErrorType.TIMEOUT, "collection deadline of " + deadline.toMillis() + " ms passed before `"
            + p.target() + "` was read"));
        progress.accept(line(p, "failed", "TIMEOUT: collection deadline passed", deadline.toMillis()));
      }
      pool.shutdownNow();
    }
    return out;
  }

  /**
   * The collection error of a failed probe.
   *
   * @param p the probe
   * @param type the typed error
   * @param message the redacted message
   * @return the fact
   */
  public static CollectionError error(Probe p, ErrorType type, String message) {
    return new CollectionError(null, p.collector(), p.collector(), p.targetKind(), p.target(), type, message);
  }

  private static String line(Probe p, String outcome, String detail, long ms) {
    return String.format("collect: %-22s %-40s %-6s %5d ms  %s", p.collector(), p.target(), outcome, ms, detail);
  }
}
