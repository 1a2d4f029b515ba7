package dev.gateadjudicator.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.ErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The reads each P0 lane needs, from the evidence contract of the bundled {@code default/p0/taxonomy.json}:
 * every fact kind a lane's snapshots name gets its collector, and a lane with a {@code previous_lane}
 * precondition or the gate lane (M2.J) reads the execution summaries of the lanes before it. A kind no collector reads becomes a {@code collection_error}, so such a lane
 * fails closed until the fact is supplied another way.
 */
final class P0Plan {
  private static final String TAXONOMY = "gate-policies/default/p0/taxonomy.json";

  private P0Plan() {}

  /**
   * The probes of a P0 lane.
   *
   * @param ctx the context
   * @return the probes
   * @throws IllegalArgumentException for a lane P0 does not have
   */
  public static List<Probe> probes(Context ctx) {
    JsonNode lane = lane(ctx.request().lane());
    TreeSet<String> kinds = new TreeSet<>();
    List<String> handles = new ArrayList<>();
    lane.path("snapshots").forEach(s -> {
      s.path("fact_kinds").forEach(k -> kinds.add(k.asText()));
      s.path("handles").forEach(h -> handles.add(h.asText()));
    });
    if (lane.path("gate").asBoolean(false) || lane.has("previous_lane")) {
      // A lane's precondition is the previous lane's result, and the gate lane (M2.J, no snapshots) rolls up the
      // results of every lane before it: both read the execution summaries.
      kinds.add("lane_result");
    }
    List<Probe> out = new ArrayList<>();
    List<dev.gateadjudicator.fact.Stack> stacks = Terraform.stacks(handles);
    for (String kind : kinds) {
      if (List.of("stack_root", "command_receipt", "stack_output", "tag_policy_conformance").contains(kind) && stacks.isEmpty()) {
        CollectionFailure f = new CollectionFailure(ErrorType.UNKNOWN, "lane names no `TF_STACK_*_DIR` handle for `" + kind + "`");
        out.add(new Probe("terraform", kind, kind, () -> {
          throw f;
        }));
        continue;
      }
      switch (kind) {
        case "s3_bucket" -> out.addAll(P0Collectors.buckets(ctx, handles));
        case "lock_table" -> out.add(P0Collectors.lockTable(ctx));
        case "msk_cluster" -> out.add(P0Collectors.msk(ctx));
        case "ssm_parameter" -> out.add(P0Collectors.ssmParameter(ctx, "SSM_MSK_BOOTSTRAP_BROKERS_PATH"));
        case "schema_registry" -> out.add(P0Collectors.schemaRegistry(ctx));
        case "state_machine" -> out.add(P0Collectors.stateMachine(ctx));
        case "iam_role" -> out.addAll(P0Collectors.roles(ctx, handles));
        case "secret_path" -> out.addAll(P0Collectors.secrets(ctx, requiredHandles(lane)));
        case "ops_surface" -> out.addAll(P0Collectors.opsSurfaces(ctx));
        case "lane_result" -> out.add(Summaries.laneResults(ctx));
        case "stack_root" -> out.addAll(Terraform.roots(ctx, stacks));
        case "command_receipt" -> out.addAll(Terraform.receipts(ctx, stacks));
        case "stack_output" -> out.addAll(Terraform.outputs(ctx, stacks, handles));
        case "kms_alias" -> out.add(KmsAliases.probe(ctx));
        case "tag_policy_conformance" -> out.addAll(TagConformance.probes(ctx, stacks));
        case "lane_binding" -> out.add(TopicOwnership.probe(ctx));
        case "plaintext_leak_scan" -> out.addAll(LeakScans.probes(ctx));
        case "destroy_recover_rehearsal" -> out.addAll(Rehearsals.probes(ctx));
        default -> {
          CollectionFailure f = new CollectionFailure(ErrorType.UNKNOWN, "no collector reads `" + kind
              + "` yet: supply it in the fact set (see docs/collectors.md)");
          out.add(new Probe("not-collected", kind, kind, () -> {
            throw f;
          }));
        }
      }
    }
    return out;
  }

  private static List<String> requiredHandles(JsonNode lane) {
    List<String> out = new ArrayList<>();
    lane.path("required_handles").forEach(h -> out.add(h.path("name").asText()));
    return out;
  }

  private static JsonNode lane(String name) {
    try (InputStream in = P0Plan.class.getClassLoader().getResourceAsStream(TAXONOMY)) {
      if (in == null) {
        throw new IllegalStateException("the bundled P0 taxonomy `" + TAXONOMY + "` is not on the classpath");
      }
      for (JsonNode l : new ObjectMapper().readTree(in).path("lanes")) {
        if (name.equals(l.path("lane").asText())) {
          return l;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("phase `P0` has no lane `" + name + "`");
  }
}
