package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.RuntimePath;
import dev.gateadjudicator.fact.RuntimeSubstrate;
import java.util.List;

/**
 * Whether the substrate of the active runtime path is available.
 *
 * <ul>
 *   <li>{@code EKS_FLINK_OPERATOR}: EKS {@code DescribeCluster} of {@code EKS_CLUSTER_NAME}, available when {@code ACTIVE}.
 *   <li>{@code EKS_EMR_ON_EKS}: EMR on EKS {@code DescribeVirtualCluster} of {@code EMR_EKS_VIRTUAL_CLUSTER_ID},
 *       available when {@code RUNNING}.
 *   <li>{@code MSF_MANAGED}: {@code DescribeApplication} of {@code FLINK_APP_WSP_STREAM_V0}, available when it
 *       exists and is not being deleted or rolled back.
 * </ul>
 *
 * <p>A substrate that does not exist is the fact {@code available: false}, not an error.
 */
final class Substrates {
  private Substrates() {}

  /**
   * The probe of the path's substrate.
   *
   * @param ctx the collection context
   * @param path the active path
   * @return the probe
   */
  public static Probe probe(Context ctx, RuntimePath path) {
    return new Probe("runtime-substrate", "runtime_substrate", path.name(), () -> List.of(read(ctx, path)));
  }

  private static Fact read(Context ctx, RuntimePath path) {
    switch (path) {
      case EKS_FLINK_OPERATOR -> {
        String cluster = ctx.required(path.substrateHandle());
        try {
          String status = ctx.clients().eks().describeCluster(r -> r.name(cluster)).cluster().statusAsString();
          return new RuntimeSubstrate(null, "eks:DescribeCluster", path, cluster, "ACTIVE".equals(status),
              "eks cluster status " + status);
        } catch (software.amazon.awssdk.services.eks.model.ResourceNotFoundException e) {
          return new RuntimeSubstrate(null, "eks:DescribeCluster", path, cluster, false, "eks cluster not found");
        }
      }
      case EKS_EMR_ON_EKS -> {
        String vc = ctx.required(path.substrateHandle());
        try {
          String state = ctx.clients().emrContainers().describeVirtualCluster(r -> r.id(vc)).virtualCluster().stateAsString();
          return new RuntimeSubstrate(null, "emr-containers:DescribeVirtualCluster", path, vc, "RUNNING".equals(state),
              "virtual cluster state " + state);
        } catch (software.amazon.awssdk.services.emrcontainers.model.ResourceNotFoundException e) {
          return new RuntimeSubstrate(null, "emr-containers:DescribeVirtualCluster", path, vc, false, "virtual cluster not found");
        }
      }
      default -> {
        String app = ctx.required(path.substrateHandle());
        try {
          String status = ctx.clients().msf().describeApplication(r -> r.applicationName(app))
              .applicationDetail().applicationStatusAsString();
          boolean ok = !List.of("DELETING", "ROLLED_BACK", "ROLLING_BACK").contains(status);
          return new RuntimeSubstrate(null, "kinesisanalyticsv2:DescribeApplication", path, app, ok,
              "msf application status " + status);
        } catch (software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException e) {
          return new RuntimeSubstrate(null, "kinesisanalyticsv2:DescribeApplication", path, app, false,
              "msf application not found");
        }
      }
    }
  }
}
