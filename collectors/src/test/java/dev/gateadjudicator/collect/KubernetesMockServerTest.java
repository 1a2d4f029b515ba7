package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.collect.testing.AwsWorld;
import dev.gateadjudicator.fact.LaneState;
import dev.gateadjudicator.fact.LaneStatus;
import dev.gateadjudicator.fact.Nodegroup;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nodes and FlinkDeployments read from the fabric8 Kubernetes mock server (CRUD mode) over HTTP. */
@EnableKubernetesMockClient(crud = true, https = false)
class KubernetesMockServerTest {
  static KubernetesMockServer server;
  static KubernetesClient client;
  private static AwsWorld world;

  private static final ResourceDefinitionContext FLINK = new ResourceDefinitionContext.Builder()
      .withGroup("flink.apache.org").withVersion("v1beta1").withKind("FlinkDeployment")
      .withPlural("flinkdeployments").withNamespaced(true).build();

  @BeforeAll
  static void start() {
    world = new AwsWorld();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static void node(String name, String nodegroup, String ready) {
    client.nodes().resource(new NodeBuilder().withNewMetadata().withName(name)
        .addToLabels("eks.amazonaws.com/nodegroup", nodegroup).endMetadata()
        .withNewStatus().addNewCondition().withType("Ready").withStatus(ready).endCondition().endStatus().build()).create();
  }

  private static void deployment(String name, String state) {
    GenericKubernetesResource d = new GenericKubernetesResourceBuilder()
        .withApiVersion("flink.apache.org/v1beta1").withKind("FlinkDeployment")
        .withNewMetadata().withName(name).withNamespace(AwsWorld.NAMESPACE).endMetadata()
        .addToAdditionalProperties("spec", Map.of("flinkVersion", "v1_18"))
        .addToAdditionalProperties("status", Map.of("lifecycleState", "DEPLOYED",
            "jobStatus", Map.of("jobName", name + "-job", "state", state)))
        .build();
    client.genericKubernetesResources(FLINK).inNamespace(AwsWorld.NAMESPACE).resource(d).create();
  }

  private Collected collect() {
    URI kube = URI.create(server.url("/"));
    CollectionSettings s = new CollectionSettings("eu-west-2", null, world.endpoint(), Map.of(), kube,
        Duration.ofSeconds(30), Duration.ofSeconds(180), 1);
    return new Collected(GateCollector.collect(world.request("M6.F"), s, l -> { }));
  }

  @Test
  void nodesAndDeployments_areReadThroughTheKubernetesApi() throws InterruptedException {
    node("ip-10-0-1-1", AwsWorld.NODEGROUP, "True");
    node("ip-10-0-1-2", AwsWorld.NODEGROUP, "False");
    node("ip-10-0-9-9", "some-other-nodegroup", "True");
    deployment(AwsWorld.WSP, "RUNNING");

    Collected c = collect();

    assertThat(c.only(Nodegroup.class).readyNodes()).isEqualTo(1);
    assertThat(c.all(LaneState.class)).extracting(LaneState::laneRef, LaneState::state).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("FLINK_EKS_WSP_STREAM_REF", LaneStatus.RUNNING),
        org.assertj.core.groups.Tuple.tuple("FLINK_EKS_SR_READY_REF", LaneStatus.ABSENT));
    RecordedRequest last = server.getLastRequest();
    assertThat(last.getHeader("Authorization")).startsWith("Bearer k8s-aws-v1.");
  }
}
