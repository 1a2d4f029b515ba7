package dev.gateadjudicator.cli;

import dev.gateadjudicator.collect.CollectionRequest;
import dev.gateadjudicator.collect.CollectionSettings;
import dev.gateadjudicator.collect.GateCollector;
import dev.gateadjudicator.collect.HandleRegistry;
import dev.gateadjudicator.input.FactSet;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** The options of {@code gate collect} and {@code gate run}: what to collect and how to reach AWS. */
final class CollectOptions {
  @Option(names = "--phase", required = true, paramLabel = "PHASE", description = "Phase, e.g. P6.")
  String phase;

  @Option(names = "--lane", paramLabel = "LANE",
      description = "Lane, e.g. M6.F (required by collect; without it, run runs every lane of the phase).")
  String lane;

  @Option(names = "--registry", required = true, paramLabel = "FILE",
      description = "Handle registry: JSON ({\"handles\": {...}}) or Markdown (`NAME` = `value` rows).")
  Path registry;

  @Option(names = "--platform-run-id", paramLabel = "ID", description = "The platform run, e.g. platform_20260225T150000Z.")
  String platformRunId;

  @Option(names = "--execution-id", paramLabel = "ID",
      description = "Execution id (default: lane prefix and the capture time, e.g. m6f_20260225T171938Z).")
  String executionId;

  @Option(names = "--captured-at", paramLabel = "INSTANT",
      description = "Capture time and run-window end, ISO-8601 UTC (default: now, to the second).")
  Instant capturedAt;

  @Option(names = "--window-start", paramLabel = "INSTANT",
      description = "Run-window start (default: the _YYYYMMDDTHHMMSSZ stamp of the platform run id).")
  Instant windowStart;

  @Option(names = "--lane-results", paramLabel = "DIR|s3://BUCKET/PREFIX",
      description = "Where earlier execution summaries and gate verdicts are (gate lanes and the upstream verdict).")
  String laneResults;

  @Option(names = "--terraform-receipts", paramLabel = "DIR",
      description = "Folder of saved Terraform receipts: DIR/<stack>/*.receipt.json and DIR/<stack>/output.json (P0).")
  Path terraformReceipts;

  @Option(names = "--facts", paramLabel = "FILE",
      description = "Facts produced another way (a fact set, or {\"facts\": [...]}), schema-checked and merged into "
          + "the collection, never replacing a collected fact; repeatable.")
  java.util.List<Path> facts = new java.util.ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the SDK's region chain).")
  String region;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS profile (default: the SDK's credential chain).")
  String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "Endpoint for every AWS service (a local stack).")
  URI endpointUrl;

  @Option(names = "--service-endpoint", paramLabel = "SERVICE=URL",
      description = "Endpoint for one service (eks, emr-containers, kinesisanalyticsv2, dynamodb, monitoring, s3); repeatable.")
  Map<String, URI> serviceEndpoints = new TreeMap<>();

  @Option(names = "--kubernetes-url", paramLabel = "URL",
      description = "Kubernetes API server (default: the EKS cluster's endpoint from DescribeCluster).")
  URI kubernetesUrl;

  @Option(names = "--call-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Timeout of each call, retries included (default: ${DEFAULT-VALUE}).")
  double callTimeout;

  @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "60",
      description = "Deadline of the whole collection (default: ${DEFAULT-VALUE}).")
  double deadline;

  /**
   * Collects, printing progress to the error stream.
   *
   * @param err where progress goes
   * @return the fact set
   * @throws java.io.IOException when a {@code --facts} file cannot be read
   */
  FactSet collect(PrintWriter err) throws java.io.IOException {
    if (lane == null) {
      throw new IllegalArgumentException("`--lane` is required");
    }
    return collect(err, lane, laneResults, captureTime(), executionId);
  }

  /**
   * The capture time: {@code --captured-at}, or now to the second.
   *
   * @return the instant
   */
  Instant captureTime() {
    return capturedAt != null ? capturedAt : Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Collects one lane of the phase, printing progress to the error stream.
   *
   * @param err where progress goes
   * @param laneId the lane
   * @param results where earlier lanes' summaries are, or {@code null}
   * @param at the capture time
   * @param execution the execution id, or {@code null} for the lane prefix and capture stamp
   * @return the fact set, with the {@code --facts} files merged in
   * @throws java.io.IOException when a {@code --facts} file cannot be read
   */
  FactSet collect(PrintWriter err, String laneId, String results, Instant at, String execution)
      throws java.io.IOException {
    HandleRegistry handles = HandleRegistry.read(registry);
    String id = execution != null ? execution
        : laneId.toLowerCase(Locale.ROOT).replace(".", "") + "_"
            + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(at);
    CollectionRequest request = new CollectionRequest(phase, laneId, id, platformRunId, at, windowStart, handles, results,
        terraformReceipts);
    CollectionSettings settings = new CollectionSettings(region, profile, endpointUrl, serviceEndpoints, kubernetesUrl,
        seconds(callTimeout, "--call-timeout"), seconds(deadline, "--deadline"), 0);
    FactSet collected = GateCollector.collect(request, settings, line -> {
      err.println(line);
      err.flush();
    });
    return SuppliedFacts.merge(collected, facts, lane == null);
  }

  private static Duration seconds(double s, String option) {
    if (!(s > 0) || Double.isInfinite(s)) {
      throw new IllegalArgumentException("`" + option + "` must be a positive number of seconds");
    }
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
