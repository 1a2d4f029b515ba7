package dev.gateadjudicator.input;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Handle;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts of one lane execution: the envelope that names the phase, lane and execution, the
 * handle pins, and the facts collectors read. This is the engine's only input.
 *
 * <p>Read one with {@code dev.gateadjudicator.FactSets.parse}: it is checked against
 * {@code schemas/factset.schema.json} before anything else reads it. This package holds the model only, no I/O.
 *
 * @param factSetVersion contract version, {@code 1}
 * @param phase the phase, for example {@code P6}
 * @param lane the lane, for example {@code M6.F}
 * @param executionId the lane execution id
 * @param platformRunId the platform run the facts belong to ({@code null} only for P0)
 * @param capturedAt when the facts were captured: the only time artifacts carry
 * @param handles handle pins by name, values as {@link Handle#value()}
 * @param facts the facts
 */
public record FactSet(
    int factSetVersion,
    String phase,
    String lane,
    String executionId,
    String platformRunId,
    Instant capturedAt,
    SortedMap<String, Object> handles,
    List<Fact> facts) {

  /** The contract version this engine reads. */
  public static final int VERSION = 1;

  /** Validates the envelope and copies the collections. */
  public FactSet {
    if (factSetVersion != VERSION) {
      throw new IllegalArgumentException("`fact_set_version` must be " + VERSION + ", was " + factSetVersion);
    }
    text(phase, "phase");
    text(lane, "lane");
    text(executionId, "execution_id");
    present(capturedAt, "captured_at");
    TreeMap<String, Object> copy = new TreeMap<>();
    present(handles, "handles").forEach((k, v) -> copy.put(k, new Handle(k, v).value()));
    handles = Collections.unmodifiableSortedMap(copy);
    facts = List.copyOf(present(facts, "facts"));
  }

  /**
   * The handle pins as rule facts, sorted by name.
   *
   * @return one {@link Handle} per key of {@code handles}
   */
  public List<Handle> handleFacts() {
    return handles.entrySet().stream().map(e -> new Handle(e.getKey(), e.getValue())).toList();
  }

  /**
   * A copy with other facts and the same envelope.
   *
   * @param newFacts the facts
   * @return the copy
   */
  public FactSet withFacts(List<Fact> newFacts) {
    return new FactSet(factSetVersion, phase, lane, executionId, platformRunId, capturedAt, handles, newFacts);
  }

  /**
   * A copy with other handles and the same facts.
   *
   * @param newHandles the handles
   * @return the copy
   */
  public FactSet withHandles(Map<String, Object> newHandles) {
    return new FactSet(
        factSetVersion, phase, lane, executionId, platformRunId, capturedAt, new TreeMap<>(newHandles), facts);
  }

  private static void text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("`" + field + "` must be a non-empty string");
    }
  }

  private static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("`" + field + "` is required");
    }
    return value;
  }
}
