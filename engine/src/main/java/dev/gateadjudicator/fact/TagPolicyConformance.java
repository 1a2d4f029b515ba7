package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * The required tags and policy attachments missing from one stack-managed resource.
 *
 * @param id fact id
 * @param source where it was read
 * @param stack the stack
 * @param resource the resource (name or ARN)
 * @param missingTags required tag keys it lacks, sorted
 * @param missingPolicyAttachments required policy attachments it lacks, sorted
 */
@JsonTypeName("tag_policy_conformance")
public record TagPolicyConformance(
    String id,
    String source,
    Stack stack,
    String resource,
    List<String> missingTags,
    List<String> missingPolicyAttachments)
    implements Fact {
  /** Validates the fields and sorts the lists. */
  public TagPolicyConformance {
    Require.present(stack, "stack");
    Require.text(resource, "resource");
    missingTags = Require.sortedCopy(missingTags, "missing_tags");
    missingPolicyAttachments = Require.sortedCopy(missingPolicyAttachments, "missing_policy_attachments");
  }

  /**
   * Whether nothing required is missing.
   *
   * @return true when conformant
   */
  public boolean conformant() {
    return missingTags.isEmpty() && missingPolicyAttachments.isEmpty();
  }

  @Override
  public TagPolicyConformance withId(String newId) {
    return new TagPolicyConformance(newId, source, stack, resource, missingTags, missingPolicyAttachments);
  }
}
