package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.RuntimePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads each P6 lane needs, from the evidence contract of {@code rules/default/p6/taxonomy.json}.
 *
 * <ul>
 *   <li>{@code M6.E}: the P5 gate verdict and the active path's runtime substrate.
 *   <li>{@code M6.F}: the active path's stream lanes and substrate, its nodegroups on an EKS path,
 *       run-window admissions, lag, publish ambiguity and evidence overhead.
 *   <li>{@code M6.G}: the lane results of M6.E and M6.F.
 * </ul>
 */
final class P6Plan {
  private P6Plan() {}

  /**
   * The probes of a P6 lane.
   *
   * @param ctx the collection context
   * @return the probes
   * @throws IllegalArgumentException for a lane P6 does not have
   */
  public static List<Probe> probes(Context ctx) {
    String lane = ctx.request().lane();
    List<Probe> out = new ArrayList<>();
    switch (lane) {
      case "M6.E" -> {
        out.add(Summaries.gateVerdicts(ctx, "P5"));
        activePath(ctx, "runtime_substrate", out, p -> out.add(Substrates.probe(ctx, p)));
      }
      case "M6.F" -> {
        activePath(ctx, "lane_state", out, p -> {
          out.addAll(StreamLanes.probes(ctx, p));
          out.add(Substrates.probe(ctx, p));
          if (p.onEks()) {
            out.addAll(Nodegroups.probes(ctx));
          }
        });
        out.add(Ingest.admissions(ctx));
        out.add(Metrics.lag(ctx));
        out.add(Ingest.ambiguity(ctx));
        out.add(Metrics.overhead(ctx));
      }
      case "M6.G" -> out.add(Summaries.laneResults(ctx));
      default -> throw new IllegalArgumentException("phase `P6` has no lane `" + lane + "`: use M6.E, M6.F or M6.G");
    }
    return out;
  }

  private static void activePath(Context ctx, String kind, List<Probe> out, java.util.function.Consumer<RuntimePath> then) {
    String raw = ctx.optional("FLINK_RUNTIME_PATH_ACTIVE");
    RuntimePath p = RuntimePath.parse(raw);
    if (p == null) {
      CollectionFailure f = new CollectionFailure(ErrorType.UNKNOWN, "handle `FLINK_RUNTIME_PATH_ACTIVE` is "
          + (raw == null ? "not pinned" : "`" + raw + "`, not a runtime path") + ": cannot tell which lanes to read");
      out.add(new Probe("runtime-path", kind, "FLINK_RUNTIME_PATH_ACTIVE", () -> {
        throw f;
      }));
      return;
    }
    then.accept(p);
  }
}
