package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Nodegroup;
import dev.gateadjudicator.fact.NodegroupStatus;
import io.fabric8.kubernetes.api.model.Node;
import java.util.List;
import software.amazon.awssdk.services.eks.model.Issue;
import software.amazon.awssdk.services.eks.model.NodegroupHealth;

/**
 * EKS managed nodegroups and their Ready nodes.
 *
 * <p>Calls: EKS {@code DescribeNodegroup} (status, health issue codes); Kubernetes
 * {@code GET /api/v1/nodes?labelSelector=eks.amazonaws.com/nodegroup=NAME} (nodes whose {@code Ready}
 * condition is {@code True}), which needs EKS {@code DescribeCluster} and an STS-presigned token.
 * Handles: {@code EKS_CLUSTER_NAME}, {@code EKS_NODEGROUP_NAMES}.
 */
final class Nodegroups {
  /** The node label EKS puts on managed nodegroup members. */
  static final String NODEGROUP_LABEL = "eks.amazonaws.com/nodegroup";

  private Nodegroups() {}

  /**
   * One probe per pinned nodegroup.
   *
   * @param ctx the collection context
   * @return the probes
   */
  public static List<Probe> probes(Context ctx) {
    List<String> names;
    try {
      names = ctx.list("EKS_NODEGROUP_NAMES");
    } catch (CollectionFailure f) {
      return List.of(new Probe("eks-nodegroup", "nodegroup", "EKS_NODEGROUP_NAMES", () -> {
        throw f;
      }));
    }
    return names.stream().map(n -> new Probe("eks-nodegroup", "nodegroup", n, () -> read(ctx, n))).toList();
  }

  private static List<Fact> read(Context ctx, String name) {
    String cluster = ctx.required("EKS_CLUSTER_NAME");
    software.amazon.awssdk.services.eks.model.Nodegroup ng =
        ctx.clients().eks().describeNodegroup(r -> r.clusterName(cluster).nodegroupName(name)).nodegroup();
    NodegroupStatus status = NodegroupStatus.valueOf(ng.statusAsString());
    NodegroupHealth health = ng.health();
    List<String> issues = health == null || !health.hasIssues() ? List.of()
        : health.issues().stream().map(Issue::codeAsString).distinct().toList();
    List<Node> nodes = ctx.clients().kubernetes(cluster).nodes().withLabel(NODEGROUP_LABEL, name).list().getItems();
    long ready = nodes.stream().filter(Nodegroups::ready).count();
    return List.of(new Nodegroup(null, "eks:DescribeNodegroup+k8s:nodes", name, status, issues, ready));
  }

  private static boolean ready(Node n) {
    return n.getStatus() != null && n.getStatus().getConditions() != null
        && n.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
