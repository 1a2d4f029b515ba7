package dev.gateadjudicator.collect;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.collect.P0Plan;
import dev.gateadjudicator.collect.P6Plan;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the fact set of one lane execution from AWS and Kubernetes.
 *
 * <p>Every read the lane needs runs concurrently on a bounded pool; each call has a timeout and the
 * whole collection a deadline. A read that fails (access denied, throttled after the SDK's retries,
 * timeout, not found, malformed, unknown) becomes a {@code collection_error} fact: collection itself
 * never throws for a failed read, and no failure turns into a pass.
 */
public final class GateCollector {
  private GateCollector() {}

  /**
   * Collects a fact set.
   *
   * @param request what to collect
   * @param settings how to reach AWS and Kubernetes
   * @param progress receives one line as each read finishes (the CLI prints them to stderr)
   * @return the canonical, schema-checked fact set
   * @throws IllegalArgumentException for a phase or lane no collector serves
   */
  public static FactSet collect(CollectionRequest request, CollectionSettings settings, Consumer<String> progress) {
    try (Clients clients = new Clients(settings)) {
      Context ctx = new Context(request, settings, clients);
      List<Probe> probes = plan(ctx);
      List<Fact> facts = Runner.run(probes, settings.deadline(), progress);
      FactSet raw = new FactSet(FactSet.VERSION, request.phase(), request.lane(), request.executionId(),
          request.platformRunId(), request.capturedAt(), request.registry().handles(), facts);
      return FactSets.parse(FactSets.toJson(raw));
    }
  }

  private static List<Probe> plan(Context ctx) {
    return switch (ctx.request().phase()) {
      case "P0" -> P0Plan.probes(ctx);
      case "P6" -> P6Plan.probes(ctx);
      default -> throw new IllegalArgumentException("no collectors for phase `" + ctx.request().phase() + "`: P0 and P6 only");
    };
  }
}
