package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.emrcontainers.EmrContainersClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS and Kubernetes clients of one collection, built on first use and shared by its probes:
 * one HTTP connection pool, the settings' endpoints, a timeout on every call, credentials and region
 * from the SDK's default chains (or the given profile and region).
 */
final class Clients implements AutoCloseable {
  /** Attempts per AWS call when the settings leave it to the SDK: its standard mode's default. */
  static final int DEFAULT_ATTEMPTS = 3;

  /**
   * Refuses an empty HTTP 2xx answer to a request that expects a document (anything but HEAD, DELETE or an upload),
   * so that an empty body is never unmarshalled into a response whose every field reads as false or absent.
   */
  private static final software.amazon.awssdk.core.interceptor.ExecutionInterceptor EMPTY_ANSWER =
      new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
        @Override
        public java.util.Optional<java.io.InputStream> modifyHttpResponseContent(
            software.amazon.awssdk.core.interceptor.Context.ModifyHttpResponse context,
            software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
          var response = context.httpResponse();
          var method = context.httpRequest().method();
          boolean expectsDocument = method == software.amazon.awssdk.http.SdkHttpMethod.GET
              || method == software.amazon.awssdk.http.SdkHttpMethod.POST;
          if (!response.isSuccessful() || !expectsDocument) {
            return context.responseBody();
          }
          String requestId = response.firstMatchingHeader("x-amzn-RequestId")
              .or(() -> response.firstMatchingHeader("x-amz-request-id"))
              .map(id -> " (request id " + id + ")").orElse("");
          CollectionFailure empty = new CollectionFailure(dev.gateadjudicator.fact.ErrorType.MALFORMED,
              "empty HTTP " + response.statusCode() + " answer where a document was expected" + requestId);
          if (context.responseBody().isEmpty()) {
            throw empty;
          }
          java.io.PushbackInputStream in = new java.io.PushbackInputStream(context.responseBody().get(), 1);
          try {
            int first = in.read();
            if (first < 0) {
              throw empty;
            }
            in.unread(first);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return java.util.Optional.of(in);
        }
      };

  private final CollectionSettings settings;
  private final SdkHttpClient http;
  private final Map<String, AutoCloseable> built = new ConcurrentHashMap<>();
  private final Supplier<Region> region;
  private final Supplier<AwsCredentialsProvider> credentials;
  private final Map<String, Memo<KubernetesClient>> kube = new ConcurrentHashMap<>();

  /**
   * Creates the clients of one collection; nothing connects until first use.
   *
   * @param settings endpoints, timeouts, region and profile
   */
  public Clients(CollectionSettings settings) {
    this.settings = settings;
    this.http = ApacheHttpClient.builder()
        .maxConnections(64)
        .connectionTimeout(settings.callTimeout())
        .socketTimeout(settings.callTimeout())
        .build();
    this.region = new Memo<>(() -> settings.region() != null ? Region.of(settings.region())
        : DefaultAwsRegionProviderChain.builder().profileName(settings.profile()).build().getRegion());
    this.credentials = new Memo<>(() -> settings.profile() != null
        ? ProfileCredentialsProvider.create(settings.profile())
        : DefaultCredentialsProvider.builder().build());
  }

  /**
   * The region calls go to.
   *
   * @return the region
   */
  public Region region() {
    return region.get();
  }

  /**
   * The credentials provider.
   *
   * @return the provider
   */
  public AwsCredentialsProvider credentials() {
    return credentials.get();
  }

  /** @return the EKS client */
  public EksClient eks() {
    return client("eks", EksClient::builder);
  }

  /** @return the EMR on EKS client */
  public EmrContainersClient emrContainers() {
    return client("emr-containers", EmrContainersClient::builder);
  }

  /** @return the Managed Service for Apache Flink client */
  public KinesisAnalyticsV2Client msf() {
    return client("kinesisanalyticsv2", KinesisAnalyticsV2Client::builder);
  }

  /** @return the DynamoDB client */
  public DynamoDbClient dynamodb() {
    return client("dynamodb", DynamoDbClient::builder);
  }

  /** @return the CloudWatch client */
  public CloudWatchClient cloudwatch() {
    return client("monitoring", CloudWatchClient::builder);
  }

  /** @return the MSK client */
  public software.amazon.awssdk.services.kafka.KafkaClient kafka() {
    return client("kafka", software.amazon.awssdk.services.kafka.KafkaClient::builder);
  }

  /** @return the SSM client */
  public software.amazon.awssdk.services.ssm.SsmClient ssm() {
    return client("ssm", software.amazon.awssdk.services.ssm.SsmClient::builder);
  }

  /** @return the Glue client */
  public software.amazon.awssdk.services.glue.GlueClient glue() {
    return client("glue", software.amazon.awssdk.services.glue.GlueClient::builder);
  }

  /** @return the Step Functions client */
  public software.amazon.awssdk.services.sfn.SfnClient sfn() {
    return client("states", software.amazon.awssdk.services.sfn.SfnClient::builder);
  }

  /** @return the IAM client (IAM is global: its region is {@code aws-global} unless an endpoint is given) */
  public software.amazon.awssdk.services.iam.IamClient iam() {
    return client("iam", software.amazon.awssdk.services.iam.IamClient::builder);
  }

  /** @return the Secrets Manager client */
  public software.amazon.awssdk.services.secretsmanager.SecretsManagerClient secretsManager() {
    return client("secretsmanager", software.amazon.awssdk.services.secretsmanager.SecretsManagerClient::builder);
  }

  /** @return the Budgets client */
  public software.amazon.awssdk.services.budgets.BudgetsClient budgets() {
    return client("budgets", software.amazon.awssdk.services.budgets.BudgetsClient::builder);
  }

  /** @return the KMS client */
  public software.amazon.awssdk.services.kms.KmsClient kms() {
    return client("kms", software.amazon.awssdk.services.kms.KmsClient::builder);
  }

  /** @return the Resource Groups Tagging API client */
  public software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient tagging() {
    return client("tagging", software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient::builder);
  }

  /** @return the STS client */
  public software.amazon.awssdk.services.sts.StsClient sts() {
    return client("sts", software.amazon.awssdk.services.sts.StsClient::builder);
  }

  /** @return the S3 client (path-style when an endpoint is overridden) */
  public S3Client s3() {
    return client("s3", () -> {
      var b = S3Client.builder();
      if (settings.endpointFor("s3") != null) {
        b.forcePathStyle(true);
      }
      return b;
    });
  }

  @SuppressWarnings("unchecked")
  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(
      String service, Supplier<B> builder) {
    return (C) built.computeIfAbsent(service, s -> {
      B b = builder.get();
      boolean global = (s.equals("iam") || s.equals("budgets")) && settings.endpointFor(s) == null;
      b.region(global ? Region.AWS_GLOBAL : region()).credentialsProvider(credentials()).httpClient(http);
      ClientOverrideConfiguration.Builder o = ClientOverrideConfiguration.builder()
          .apiCallTimeout(settings.callTimeout());
      // retries are always bounded (DynamoDB's own default would back off on throttling until the call timeout,
      // turning THROTTLED into TIMEOUT): the settings' attempts, else the SDK's standard three
      o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
          .maxAttempts(settings.maxAttempts() > 0 ? settings.maxAttempts() : DEFAULT_ATTEMPTS).build());
      o.addExecutionInterceptor(EMPTY_ANSWER);
      b.overrideConfiguration(o.build());
      URI endpoint = settings.endpointFor(s);
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
      return b.build();
    });
  }

  /**
   * A Kubernetes client for an EKS cluster, authenticated with a presigned STS token. EKS
   * DescribeCluster must find the cluster ACTIVE; the API server and its CA come from it unless the
   * settings name a Kubernetes URL.
   * Built once per cluster; a failure to build is remembered and rethrown to every caller.
   *
   * @param cluster the EKS cluster name
   * @return the client
   */
  public KubernetesClient kubernetes(String cluster) {
    return kube.computeIfAbsent(cluster, c -> new Memo<>(() -> buildKube(c))).get();
  }

  private KubernetesClient buildKube(String cluster) {
    // The cluster is described even when the API server is given, so that a missing or unusable
    // cluster fails every Kubernetes read instead of being bypassed.
    Cluster described = eks().describeCluster(r -> r.name(cluster)).cluster();
    if (!"ACTIVE".equals(described.statusAsString())) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "eks cluster `" + cluster + "` is " + described.statusAsString()
          + ", not ACTIVE: its kubernetes API is not read");
    }
    String master;
    String ca = null;
    if (settings.kubernetesUrl() != null) {
      master = settings.kubernetesUrl().toString();
    } else {
      if (described.endpoint() == null || described.certificateAuthority() == null) {
        throw new CollectionFailure(ErrorType.MALFORMED, "eks cluster `" + cluster + "` has no endpoint or certificate authority");
      }
      master = described.endpoint();
      ca = described.certificateAuthority().data();
    }
    String token = EksToken.create(credentials().resolveCredentials(), region().id(), cluster);
    int ms = (int) settings.callTimeout().toMillis();
    Config config = new ConfigBuilder(Config.empty())
        .withMasterUrl(master)
        .withCaCertData(ca)
        .withOauthToken(token)
        .withRequestTimeout(ms)
        .withConnectionTimeout(ms)
        .withRequestRetryBackoffLimit(0)
        .build();
    KubernetesClient k = new KubernetesClientBuilder().withConfig(config).build();
    built.put("kubernetes:" + cluster, k);
    return k;
  }

  @Override
  public void close() {
    List<AutoCloseable> all = new ArrayList<>(built.values());
    built.clear();
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing is best effort; the facts are already read
      }
    }
    http.close();
  }

  /** A value computed once; a failure is remembered and rethrown. */
  private static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private T value;
    private RuntimeException failure;
    private boolean done;

    Memo(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public synchronized T get() {
      if (!done) {
        try {
          value = compute.get();
        } catch (RuntimeException e) {
          failure = e;
        }
        done = true;
      }
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }
}
