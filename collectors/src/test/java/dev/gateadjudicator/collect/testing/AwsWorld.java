package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gateadjudicator.collect.CollectionRequest;
import dev.gateadjudicator.collect.CollectionSettings;
import dev.gateadjudicator.collect.HandleRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A WireMock server playing AWS and the EKS cluster's Kubernetes API for one platform run, healthy by
 * default (the M6.F fallback rerun on {@code EKS_FLINK_OPERATOR}, with admissions flowing), with knobs for the
 * seeds' failures and fault injection per call.
 */
public final class AwsWorld implements AutoCloseable {
  /** The run. */
  public static final String RUN = "platform_20260225T150000Z";
  /** The capture time. */
  public static final Instant CAPTURED_AT = Instant.parse("2026-02-25T17:19:38Z");
  /** The EKS cluster. */
  public static final String CLUSTER = "fraud-platform-dev-full";
  /** The worker nodegroup. */
  public static final String NODEGROUP = "fraud-platform-dev-full-m6f-workers";
  /** The Flink namespace. */
  public static final String NAMESPACE = "fraud-platform-rt";
  /** The WSP stream lane's deployment. */
  public static final String WSP = "fraud-platform-dev-full-wsp-stream-v0";
  /** The SR ready lane's deployment. */
  public static final String SR = "fraud-platform-dev-full-sr-ready-v0";
  /** The EMR virtual cluster. */
  public static final String VC = "3cfszbpz28ixf1wmmd2roj571";

  private final WireMockServer wm;
  private final TreeMap<String, Object> handles = new TreeMap<>();
  private final TreeMap<String, Object> defaults = new TreeMap<>();

  /** Starts the server on a free port with the healthy world. */
  public AwsWorld() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(40)
        .asynchronousResponseEnabled(true).asynchronousResponseThreads(40));
    wm.start();
    handles.putAll(Map.ofEntries(
        Map.entry("READY_MESSAGE_FILTER", "platform_run_id=={platform_run_id}"),
        Map.entry("REQUIRED_PLATFORM_RUN_ID_ENV_KEY", "PLATFORM_RUN_ID"),
        Map.entry("FLINK_RUNTIME_PATH_ACTIVE", "EKS_FLINK_OPERATOR"),
        Map.entry("FLINK_RUNTIME_PATH_ALLOWED", "MSF_MANAGED,EKS_EMR_ON_EKS,EKS_FLINK_OPERATOR"),
        Map.entry("FLINK_APP_WSP_STREAM_V0", WSP),
        Map.entry("FLINK_APP_SR_READY_V0", SR),
        Map.entry("FLINK_EKS_WSP_STREAM_REF", WSP),
        Map.entry("FLINK_EKS_SR_READY_REF", SR),
        Map.entry("FLINK_EKS_NAMESPACE", NAMESPACE),
        Map.entry("EKS_CLUSTER_NAME", CLUSTER),
        Map.entry("EKS_NODEGROUP_NAMES", NODEGROUP),
        Map.entry("EMR_EKS_VIRTUAL_CLUSTER_ID", VC),
        Map.entry("EMR_EKS_RELEASE_LABEL", "emr-6.15.0-latest"),
        Map.entry("EMR_EKS_EXECUTION_ROLE_ARN", "arn:aws:iam::123456789012:role/fraud-platform-dev-full-flink-execution"),
        Map.entry("FLINK_CHECKPOINT_INTERVAL_MS", 60000),
        Map.entry("WSP_MAX_INFLIGHT", 64),
        Map.entry("WSP_RETRY_MAX_ATTEMPTS", 5),
        Map.entry("WSP_RETRY_BACKOFF_MS", 500),
        Map.entry("WSP_STOP_ON_NONRETRYABLE", true),
        Map.entry("RTDL_CAUGHT_UP_LAG_MAX", 30),
        Map.entry("EVIDENCE_LATENCY_P95_MAX_MS", 50),
        Map.entry("EVIDENCE_BYTES_PER_EVENT_MAX", 2048),
        Map.entry("EVIDENCE_WRITE_RATE_MAX_PER_S", 200),
        Map.entry("IG_IDEMPOTENCY_TABLE", "fraud-platform-dev-full-ig-idempotency"),
        Map.entry("IG_IDEMPOTENCY_RUN_INDEX", "by_platform_run"),
        Map.entry("IG_METRICS_NAMESPACE", "fraud-platform/ig"),
        Map.entry("IG_METRICS_DIMENSIONS", "platform_run_id={platform_run_id}"),
        Map.entry("EVIDENCE_METRICS_NAMESPACE", "fraud-platform/evidence")));
    defaults.putAll(handles);
    healthy();
  }

  /** Resets every stub and handle to the healthy world. */
  public void healthy() {
    handles.clear();
    handles.putAll(defaults);
    wm.resetAll();
    Stubs.eksCluster(wm, CLUSTER, "ACTIVE");
    Stubs.eksNodegroup(wm, CLUSTER, NODEGROUP, "ACTIVE", List.of());
    Stubs.nodes(wm, NODEGROUP, 2, 0);
    Stubs.flinkDeployment(wm, NAMESPACE, WSP, "RUNNING");
    Stubs.flinkDeployment(wm, NAMESPACE, SR, "RUNNING");
    Stubs.emrVirtualCluster(wm, VC, "RUNNING");
    Stubs.emrJobRun(wm, VC, WSP, "0000000361wsp", "RUNNING");
    Stubs.emrJobRun(wm, VC, SR, "0000000361srr", "RUNNING");
    Stubs.msfApplication(wm, WSP, "RUNNING");
    Stubs.msfApplication(wm, SR, "RUNNING");
    Stubs.dynamoCounts(wm, 5, 0);
    Stubs.lag(wm, List.of(12.0, 18.0));
    Stubs.overhead(wm, 12.5, 640, 40);
  }

  /**
   * The server, for custom stubs and request checks.
   *
   * @return the server
   */
  public WireMockServer server() {
    return wm;
  }

  /**
   * Pins or overrides a handle.
   *
   * @param name handle
   * @param value value
   * @return this world
   */
  public AwsWorld pin(String name, Object value) {
    handles.put(name, value);
    return this;
  }

  /**
   * Injects a fault into every request of one call.
   *
   * @param call the call
   * @param fault the fault
   */
  public void inject(Call call, Fault fault) {
    wm.stubFor(call.request().atPriority(1).willReturn(fault.response(call)));
  }

  /**
   * Delays every answer.
   *
   * @param ms the delay
   */
  public void delayEverything(int ms) {
    wm.setGlobalFixedDelay(ms);
  }

  /**
   * The registry of this world's handles.
   *
   * @return the registry
   */
  public HandleRegistry registry() {
    return new HandleRegistry("aws-world", handles);
  }

  /**
   * The registry as JSON text.
   *
   * @return the JSON
   */
  public String registryJson() {
    StringBuilder b = new StringBuilder("{\n  \"handles\": {\n");
    int i = 0;
    for (Map.Entry<String, Object> e : handles.entrySet()) {
      Object v = e.getValue();
      b.append("    \"").append(e.getKey()).append("\": ")
          .append(v instanceof String s ? "\"" + s + "\"" : v.toString())
          .append(++i < handles.size() ? ",\n" : "\n");
    }
    return b.append("  }\n}\n").toString();
  }

  /**
   * A request for a lane of this world's run.
   *
   * @param lane the lane
   * @return the request
   */
  public CollectionRequest request(String lane) {
    return new CollectionRequest("P6", lane, lane.toLowerCase(java.util.Locale.ROOT).replace(".", "") + "_test",
        RUN, CAPTURED_AT, null, registry(), null);
  }

  /**
   * Settings pointing every service and Kubernetes at this server, without retries.
   *
   * @param callTimeout the call timeout
   * @return the settings
   */
  public CollectionSettings settings(Duration callTimeout) {
    return settings(callTimeout, 1);
  }

  /**
   * Settings pointing every service and Kubernetes at this server.
   *
   * @param callTimeout the call timeout
   * @param maxAttempts attempts per AWS call
   * @return the settings
   */
  public CollectionSettings settings(Duration callTimeout, int maxAttempts) {
    return new CollectionSettings("eu-west-2", null, endpoint(), Map.of(), endpoint(), callTimeout,
        Duration.ofSeconds(180), maxAttempts);
  }

  /**
   * The server's base URL.
   *
   * @return the URL
   */
  public URI endpoint() {
    return URI.create(wm.baseUrl());
  }

  @Override
  public void close() {
    wm.stop();
  }
}
