package dev.gateadjudicator;

import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Evaluation;
import dev.gateadjudicator.internal.PhaseCatalog;
import dev.gateadjudicator.result.Adjudication;
import java.util.List;

/**
 * One fact set as an engine judged it: the {@link Adjudication}, plus what the rules concluded, kept so that a
 * failure found after adjudicating (the evidence did not publish or read back durably) is recorded by assembling
 * the artifacts again, without firing the rules a second time. Immutable; obtained from
 * {@link GateEngine#judge(FactSet)}.
 */
public final class Judgement {
  /**
   * What assembling needs again: the phase and lane, the canonical fact set, its tree (read, never changed) and
   * digest, and the evaluation.
   */
  record Kept(PhaseCatalog catalog, PhaseCatalog.Lane lane, FactSet factSet,
      com.fasterxml.jackson.databind.JsonNode tree, String digest, Evaluation evaluation) {}

  private final GateEngine engine;
  private final Kept kept;
  private final Adjudication adjudication;

  Judgement(GateEngine engine, Kept kept, Adjudication adjudication) {
    this.engine = engine;
    this.kept = kept;
    this.adjudication = adjudication;
  }

  /**
   * The adjudication.
   *
   * @return the adjudication
   */
  public Adjudication adjudication() {
    return adjudication;
  }

  /**
   * The same judgement with the evidence's failed durable publish recorded: the lane records its phase's
   * durable-publish blocker (the taxonomy's {@code durable_publish_blocker}) with one finding per detail, and the
   * outcome is at best {@link dev.gateadjudicator.result.Verdict#HOLD_REMEDIATE}. The rules do not fire again; the
   * register, summary, rollup and verdict are assembled again from the kept evaluation, so the artifacts stay
   * consistent with one another.
   *
   * @param failures what failed, one line each, for example which object read back with another digest
   * @return the adjudication with the blocker recorded
   * @throws IllegalArgumentException when {@code failures} is empty
   * @throws PolicyException when the phase's taxonomy names no durable-publish blocker
   */
  public Adjudication withDurablePublishFailure(List<String> failures) {
    return engine.withPublishFailures(kept, List.copyOf(failures));
  }
}
