package dev.gateadjudicator.collect;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * An EKS bearer token, made the way {@code aws eks get-token} makes it: an STS
 * {@code GetCallerIdentity} URL presigned (query-string SigV4) with the {@code x-k8s-aws-id: CLUSTER}
 * header signed, prefixed {@code k8s-aws-v1.} and base64url-encoded without padding. No call is made.
 */
final class EksToken {
  /** The token prefix EKS expects. */
  public static final String PREFIX = "k8s-aws-v1.";

  private EksToken() {}

  /**
   * Makes a token.
   *
   * @param credentials the caller's credentials
   * @param region the cluster's region
   * @param cluster the cluster name
   * @return the bearer token
   */
  public static String create(AwsCredentials credentials, String region, String cluster) {
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.GET)
        .uri(URI.create("https://sts." + region + ".amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"))
        .putHeader("x-k8s-aws-id", cluster)
        .build();
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(credentials)
        .request(request)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
        .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60)));
    String url = signed.request().getUri().toString();
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }
}
