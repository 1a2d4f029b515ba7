package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.JsonNode;

/** An independent judge of one phase, written from the plan's text and the semantics, never from the DRL. */
public interface Reference {
  /** The phase this reference judges, e.g. {@code "P6"}. */
  String phase();

  /** Judges a fact set (its JSON exactly as a user wrote it, already accepted by {@code FactSets.parse}). */
  Judgement judge(JsonNode factSet);
}
