package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A Step Functions state machine as DescribeStateMachine reports it.
 *
 * @param id fact id
 * @param source where it was read
 * @param name the state machine name as pinned
 * @param arn its ARN ({@code null} when not found)
 * @param status {@code ACTIVE} or {@code DELETING} ({@code null} when not found)
 */
@JsonTypeName("state_machine")
public record StateMachine(String id, String source, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String arn, @JsonInclude(JsonInclude.Include.ALWAYS) String status) implements Fact {
  /** Validates the fields. */
  public StateMachine {
    Require.text(name, "name");
  }

  /**
   * Whether the state machine resolves and is {@code ACTIVE}.
   *
   * @return true when resolvable
   */
  public boolean resolvable() {
    return arn != null && !arn.isBlank() && "ACTIVE".equals(status);
  }

  @Override
  public StateMachine withId(String newId) {
    return new StateMachine(newId, source, name, arn, status);
  }
}
