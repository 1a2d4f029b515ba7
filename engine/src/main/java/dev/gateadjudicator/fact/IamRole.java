package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An IAM role bound to a registry identity handle.
 *
 * @param id fact id
 * @param source where it was read
 * @param handle the role handle, for example {@code ROLE_FLINK_EXECUTION}
 * @param arn the role ARN ({@code null} when not found)
 * @param exists whether GetRole found it
 */
@JsonTypeName("iam_role")
public record IamRole(String id, String source, String handle, @JsonInclude(JsonInclude.Include.ALWAYS) String arn, boolean exists) implements Fact {
  /** Validates the fields. */
  public IamRole {
    Require.text(handle, "handle");
  }

  @Override
  public IamRole withId(String newId) {
    return new IamRole(newId, source, handle, arn, exists);
  }
}
