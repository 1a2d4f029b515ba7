package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LaneState;
import dev.gateadjudicator.fact.LaneStatus;
import dev.gateadjudicator.fact.RuntimePath;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.emrcontainers.model.JobRun;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;

/**
 * The state of each stream lane of the active runtime path, one probe per lane handle.
 *
 * <ul>
 *   <li>{@code EKS_FLINK_OPERATOR}: Kubernetes {@code GET} of the {@code flink.apache.org/v1beta1}
 *       {@code FlinkDeployment} named by the lane handle in {@code FLINK_EKS_NAMESPACE}
 *       ({@code status.jobStatus.state}); needs EKS {@code DescribeCluster} and an STS-presigned token.
 *   <li>{@code EKS_EMR_ON_EKS}: EMR on EKS {@code ListJobRuns} (by name, in
 *       {@code EMR_EKS_VIRTUAL_CLUSTER_ID}) and {@code DescribeJobRun} of the newest run.
 *   <li>{@code MSF_MANAGED}: Managed Service for Apache Flink {@code DescribeApplication}.
 * </ul>
 *
 * <p>A lane with no deployment, job run or application is the fact {@code state: ABSENT}, not an error.
 */
final class StreamLanes {
  /** The Flink Kubernetes Operator's deployment resource. */
  static final ResourceDefinitionContext FLINK_DEPLOYMENT = new ResourceDefinitionContext.Builder()
      .withGroup("flink.apache.org").withVersion("v1beta1").withKind("FlinkDeployment")
      .withPlural("flinkdeployments").withNamespaced(true).build();

  private StreamLanes() {}

  /**
   * The lane handles of a runtime path.
   *
   * @param path the path
   * @return the handle names
   */
  public static List<String> laneHandles(RuntimePath path) {
    return path == RuntimePath.MSF_MANAGED
        ? List.of("FLINK_APP_WSP_STREAM_V0", "FLINK_APP_SR_READY_V0")
        : List.of("FLINK_EKS_WSP_STREAM_REF", "FLINK_EKS_SR_READY_REF");
  }

  /**
   * One probe per lane of the path.
   *
   * @param ctx the collection context
   * @param path the active runtime path
   * @return the probes
   */
  public static List<Probe> probes(Context ctx, RuntimePath path) {
    return laneHandles(path).stream()
        .map(h -> new Probe(collector(path), "lane_state", h, () -> List.of(read(ctx, path, h))))
        .toList();
  }

  private static String collector(RuntimePath path) {
    return switch (path) {
      case EKS_FLINK_OPERATOR -> "flink-operator-lane";
      case EKS_EMR_ON_EKS -> "emr-on-eks-lane";
      case MSF_MANAGED -> "msf-lane";
    };
  }

  private static Fact read(Context ctx, RuntimePath path, String handle) {
    String ref = ctx.required(handle);
    return switch (path) {
      case EKS_FLINK_OPERATOR -> flinkOperator(ctx, handle, ref);
      case EKS_EMR_ON_EKS -> emrOnEks(ctx, handle, ref);
      case MSF_MANAGED -> msf(ctx, handle, ref);
    };
  }

  private static Fact flinkOperator(Context ctx, String handle, String name) {
    String cluster = ctx.required("EKS_CLUSTER_NAME");
    String namespace = ctx.required("FLINK_EKS_NAMESPACE");
    GenericKubernetesResource d = ctx.clients().kubernetes(cluster)
        .genericKubernetesResources(FLINK_DEPLOYMENT).inNamespace(namespace).withName(name).get();
    String source = "k8s:flink.apache.org/v1beta1/FlinkDeployment";
    if (d == null) {
      return new LaneState(null, source, handle, RuntimePath.EKS_FLINK_OPERATOR, name, LaneStatus.ABSENT);
    }
    Object status = d.getAdditionalProperties().get("status");
    Object jobStatus = status instanceof Map<?, ?> s ? s.get("jobStatus") : null;
    Object state = jobStatus instanceof Map<?, ?> j ? j.get("state") : null;
    Object jobName = jobStatus instanceof Map<?, ?> j ? j.get("jobName") : null;
    return new LaneState(null, source, handle, RuntimePath.EKS_FLINK_OPERATOR,
        jobName == null ? name : jobName.toString(), flinkJobState(state == null ? null : state.toString()));
  }

  /**
   * Maps a Flink job state (as the operator reports it) to a lane status. No state yet is SUBMITTED.
   *
   * @param state the job state, or {@code null}
   * @return the lane status
   */
  static LaneStatus flinkJobState(String state) {
    if (state == null || state.isBlank()) {
      return LaneStatus.SUBMITTED;
    }
    return switch (state.toUpperCase(Locale.ROOT)) {
      case "RUNNING" -> LaneStatus.RUNNING;
      case "CREATED", "INITIALIZING", "RECONCILING", "RESTARTING" -> LaneStatus.PENDING;
      case "FAILED", "FAILING" -> LaneStatus.FAILED;
      case "FINISHED" -> LaneStatus.COMPLETED;
      case "CANCELED", "CANCELLING", "SUSPENDED" -> LaneStatus.CANCELLED;
      default -> throw new CollectionFailure(dev.gateadjudicator.fact.ErrorType.MALFORMED,
          "unknown flink job state `" + state + "`");
    };
  }

  private static Fact emrOnEks(Context ctx, String handle, String name) {
    String vc = ctx.required("EMR_EKS_VIRTUAL_CLUSTER_ID");
    var emr = ctx.clients().emrContainers();
    List<JobRun> runs = emr.listJobRunsPaginator(r -> r.virtualClusterId(vc).name(name)).jobRuns().stream()
        .filter(j -> name.equals(j.name()))
        .toList();
    String source = "emr-containers:DescribeJobRun";
    if (runs.isEmpty()) {
      return new LaneState(null, source, handle, RuntimePath.EKS_EMR_ON_EKS, name, LaneStatus.ABSENT);
    }
    JobRun newest = runs.stream()
        .max(Comparator.comparing(JobRun::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(JobRun::id))
        .orElseThrow();
    JobRun run = emr.describeJobRun(r -> r.virtualClusterId(vc).id(newest.id())).jobRun();
    LaneStatus status = switch (run.stateAsString()) {
      case "PENDING" -> LaneStatus.PENDING;
      case "SUBMITTED" -> LaneStatus.SUBMITTED;
      case "RUNNING" -> LaneStatus.RUNNING;
      case "FAILED" -> LaneStatus.FAILED;
      case "CANCELLED", "CANCEL_PENDING" -> LaneStatus.CANCELLED;
      case "COMPLETED" -> LaneStatus.COMPLETED;
      default -> throw new CollectionFailure(dev.gateadjudicator.fact.ErrorType.MALFORMED,
          "unknown emr job run state `" + run.stateAsString() + "`");
    };
    return new LaneState(null, source, handle, RuntimePath.EKS_EMR_ON_EKS, run.id(), status);
  }

  private static Fact msf(Context ctx, String handle, String name) {
    String source = "kinesisanalyticsv2:DescribeApplication";
    ApplicationDetail app;
    try {
      app = ctx.clients().msf().describeApplication(r -> r.applicationName(name)).applicationDetail();
    } catch (ResourceNotFoundException e) {
      return new LaneState(null, source, handle, RuntimePath.MSF_MANAGED, name, LaneStatus.ABSENT);
    }
    LaneStatus status = switch (app.applicationStatusAsString()) {
      case "RUNNING" -> LaneStatus.RUNNING;
      case "STARTING", "UPDATING", "AUTOSCALING", "MAINTENANCE", "ROLLING_BACK" -> LaneStatus.PENDING;
      case "READY" -> LaneStatus.SUBMITTED;
      case "STOPPING", "FORCE_STOPPING", "DELETING", "ROLLED_BACK" -> LaneStatus.CANCELLED;
      default -> throw new CollectionFailure(dev.gateadjudicator.fact.ErrorType.MALFORMED,
          "unknown msf application status `" + app.applicationStatusAsString() + "`");
    };
    return new LaneState(null, source, handle, RuntimePath.MSF_MANAGED, app.applicationName(), status);
  }
}
