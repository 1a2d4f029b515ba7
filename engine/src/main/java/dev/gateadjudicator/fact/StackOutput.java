package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Whether a stack's {@code terraform output} carries a named output (never its value).
 *
 * @param id fact id
 * @param source where it was read
 * @param stack the stack
 * @param name the output name
 * @param handle the registry handle the output materializes, when it maps to one
 * @param present whether the output is present and non-empty
 */
@JsonTypeName("stack_output")
public record StackOutput(String id, String source, Stack stack, String name, String handle, boolean present)
    implements Fact {
  /** Validates the fields. */
  public StackOutput {
    Require.present(stack, "stack");
    Require.text(name, "name");
  }

  @Override
  public StackOutput withId(String newId) {
    return new StackOutput(newId, source, stack, name, handle, present);
  }
}
