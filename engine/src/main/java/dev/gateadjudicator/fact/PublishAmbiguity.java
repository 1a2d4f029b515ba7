package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * How many published events have an unresolved ({@code PUBLISH_UNKNOWN}) fate.
 *
 * @param id fact id
 * @param source where it was read
 * @param unresolvedCount unresolved publish outcomes
 */
@JsonTypeName("publish_ambiguity")
public record PublishAmbiguity(String id, String source, long unresolvedCount) implements Fact {
  /** Validates the fields. */
  public PublishAmbiguity {
    Require.nonNegative(unresolvedCount, "unresolved_count");
  }

  @Override
  public PublishAmbiguity withId(String newId) {
    return new PublishAmbiguity(newId, source, unresolvedCount);
  }
}
