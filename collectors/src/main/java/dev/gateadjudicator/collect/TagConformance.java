package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Stack;
import dev.gateadjudicator.fact.TagPolicyConformance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;

/**
 * {@code tag_policy_conformance} of a stack, one fact per resource:
 *
 * <ul>
 *   <li>tags: the Resource Groups Tagging API {@code GetResources} (paginated) lists every resource tagged
 *       {@code TAG_POLICY_STACK_TAG_KEY = <stack>} (the tag the stack's Terraform sets on what it manages); each
 *       one's missing {@code TAG_POLICY_REQUIRED_TAGS} keys are recorded. A stack with no tagged resource is a
 *       {@code NOT_FOUND} error: conformance of nothing is not a pass.
 *   <li>policy attachments: IAM is not in the Tagging API, so the stack's roles are listed by
 *       {@code TAG_POLICY_ROLES} (names or ARNs); IAM {@code ListAttachedRolePolicies} of each gives the
 *       {@code TAG_POLICY_REQUIRED_ROLE_POLICIES} (names or ARNs) it lacks. Pinning required policies without
 *       roles is an error, never a pass.
 * </ul>
 */
final class TagConformance {
  private TagConformance() {}

  /**
   * One probe per stack.
   *
   * @param ctx the context
   * @param stacks the lane's stacks
   * @return the probes
   */
  public static List<Probe> probes(Context ctx, List<Stack> stacks) {
    return stacks.stream().map(s -> new Probe("tag-policy-conformance", "tag_policy_conformance", s.wireName(),
        () -> read(ctx, s))).toList();
  }

  private static List<Fact> read(Context ctx, Stack stack) {
    String key = ctx.required("TAG_POLICY_STACK_TAG_KEY");
    List<String> requiredTags = ctx.list("TAG_POLICY_REQUIRED_TAGS");
    List<String> requiredPolicies = ctx.optional("TAG_POLICY_REQUIRED_ROLE_POLICIES") == null ? List.of()
        : ctx.list("TAG_POLICY_REQUIRED_ROLE_POLICIES");
    List<ResourceTagMapping> resources = new ArrayList<>();
    ctx.clients().tagging().getResourcesPaginator(r -> r.tagFilters(f -> f.key(key).values(stack.wireName())))
        .resourceTagMappingList().forEach(resources::add);
    if (resources.isEmpty()) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "no resource is tagged `" + key + "` = `" + stack.wireName()
          + "`: the stack's tag posture cannot be read");
    }
    List<Fact> out = new ArrayList<>();
    for (ResourceTagMapping m : resources) {
      Set<String> keys = new TreeSet<>();
      m.tags().forEach(t -> keys.add(t.key()));
      out.add(new TagPolicyConformance(null, "tag:GetResources", stack, m.resourceARN(),
          requiredTags.stream().filter(t -> !keys.contains(t)).toList(), List.of()));
    }
    if (!requiredPolicies.isEmpty()) {
      for (String ref : ctx.list("TAG_POLICY_ROLES")) {
        String role = ref.substring(ref.lastIndexOf('/') + 1);
        Set<String> attached = new TreeSet<>();
        ctx.clients().iam().listAttachedRolePoliciesPaginator(r -> r.roleName(role)).attachedPolicies()
            .forEach(p -> {
              attached.add(p.policyName());
              attached.add(p.policyArn());
            });
        out.add(new TagPolicyConformance(null, "iam:ListAttachedRolePolicies", stack, ref, List.of(),
            requiredPolicies.stream().filter(p -> !attached.contains(p)).toList()));
      }
    }
    return out;
  }
}
