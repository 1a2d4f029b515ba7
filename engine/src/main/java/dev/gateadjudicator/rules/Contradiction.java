package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.result.FactRef;
import java.util.List;

/**
 * Two facts of one kind about one subject (the same values of the kind's {@code x-subject} fields) whose other
 * fields differ, {@code id} and {@code source} aside: inconsistent evidence. The engine derives these before the
 * rules run; each phase routes them like a {@code collection_error} on that kind.
 *
 * @param kind the fact kind
 * @param subject the subject, e.g. {@code name=ng-1}, or the kind for a kind with no subject fields
 * @param differences the fields that differ with both values, e.g. {@code status ACTIVE vs CREATE_FAILED}
 * @param first the fact with the smaller id
 * @param second the other fact
 */
public record Contradiction(String kind, String subject, String differences, Fact first, Fact second)
    implements Derived {
  @Override
  public List<FactRef> facts() {
    return List.of(new FactRef(first.id(), first.kind()), new FactRef(second.id(), second.kind()));
  }

  /**
   * What a finding says about it.
   *
   * @return a sentence naming both fact ids and the values that differ
   */
  public String detail() {
    return "`" + first.id() + "` and `" + second.id() + "` are two `" + kind + "` facts about " + subject
        + " that disagree (" + differences + "): inconsistent evidence";
  }
}
