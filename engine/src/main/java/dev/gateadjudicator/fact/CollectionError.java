package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A read that failed. It never passes a check: the rules raise the blocker of the check its
 * {@code target_kind} feeds, even when other facts of that kind are present.
 *
 * @param id fact id
 * @param source where it was read
 * @param collector the collector that failed
 * @param targetKind the fact kind it failed to produce (or {@code handles})
 * @param target what it was reading
 * @param error typed error
 * @param message redacted message
 */
@JsonTypeName("collection_error")
public record CollectionError(
    String id, String source, String collector, String targetKind, String target, ErrorType error, String message)
    implements Fact {
  /** Validates the fields. */
  public CollectionError {
    Require.text(collector, "collector");
    Require.text(targetKind, "target_kind");
    Require.present(error, "error");
  }

  @Override
  public CollectionError withId(String newId) {
    return new CollectionError(newId, source, collector, targetKind, target, error, message);
  }
}
