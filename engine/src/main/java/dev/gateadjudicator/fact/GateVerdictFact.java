package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The verdict of an upstream phase gate, for example P5's {@code ADVANCE_TO_P6}.
 *
 * @param id fact id
 * @param source where it was read
 * @param phase the upstream phase, for example {@code P5}
 * @param verdict the verdict label it recorded, for example {@code ADVANCE_TO_P6}
 * @param executionId the execution that produced it
 */
@JsonTypeName("gate_verdict")
public record GateVerdictFact(String id, String source, String phase, String verdict, String executionId)
    implements Fact {
  /** Validates the fields. */
  public GateVerdictFact {
    Require.text(phase, "phase");
    Require.text(verdict, "verdict");
    Require.text(executionId, "execution_id");
  }

  @Override
  public GateVerdictFact withId(String newId) {
    return new GateVerdictFact(newId, source, phase, verdict, executionId);
  }
}
