package dev.gateadjudicator.collect;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to reach AWS and Kubernetes. Credentials and region come from the SDK's default chains unless
 * a region or profile is given here.
 *
 * @param region AWS region, or {@code null} for the default chain
 * @param profile AWS profile, or {@code null} for the default chain
 * @param endpointUrl an endpoint for every AWS service (a local stack), or {@code null}
 * @param serviceEndpoints endpoints per service id ({@code eks}, {@code dynamodb}, {@code s3}...),
 *     taking precedence over {@code endpointUrl}
 * @param kubernetesUrl the Kubernetes API server, or {@code null} to take it from EKS DescribeCluster
 * @param callTimeout the timeout of each API call, retries included
 * @param deadline the deadline of the whole collection
 * @param maxAttempts attempts per AWS call (the SDK retries throttling and transient faults), or
 *     {@code 0} for the SDK default
 */
public record CollectionSettings(
    String region,
    String profile,
    URI endpointUrl,
    Map<String, URI> serviceEndpoints,
    URI kubernetesUrl,
    Duration callTimeout,
    Duration deadline,
    int maxAttempts) {

  /** Validates the fields and copies the map. */
  public CollectionSettings {
    serviceEndpoints = Collections.unmodifiableMap(new TreeMap<>(serviceEndpoints == null ? Map.of() : serviceEndpoints));
    if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("`call_timeout` must be positive");
    }
    if (deadline == null || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("`deadline` must be positive");
    }
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("`max_attempts` must not be negative");
    }
  }

  /**
   * Defaults: default chains, 10 s per call, 60 s for the collection, the SDK's retries.
   *
   * @return the defaults
   */
  public static CollectionSettings defaults() {
    return new CollectionSettings(null, null, null, Map.of(), null, Duration.ofSeconds(10), Duration.ofSeconds(60), 0);
  }

  /**
   * The endpoint for one service.
   *
   * @param service the service id, for example {@code dynamodb}
   * @return the endpoint override, or {@code null} for the SDK's own
   */
  public URI endpointFor(String service) {
    return serviceEndpoints.getOrDefault(service, endpointUrl);
  }

  /**
   * A copy with a different endpoint for one service.
   *
   * @param service the service id
   * @param endpoint its endpoint
   * @return the copy
   */
  public CollectionSettings withServiceEndpoint(String service, URI endpoint) {
    Map<String, URI> copy = new TreeMap<>(serviceEndpoints);
    copy.put(service, endpoint);
    return new CollectionSettings(region, profile, endpointUrl, copy, kubernetesUrl, callTimeout, deadline, maxAttempts);
  }
}
