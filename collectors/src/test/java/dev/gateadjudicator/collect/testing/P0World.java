package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * A healthy emulated world for the whole of P0 (M2.A..M2.J), as a platform engineer's CI would present it:
 *
 * <ul>
 *   <li>moto_server holds what moto implements: the state, object-store, evidence and artifacts buckets (encrypted,
 *       versioned, public access blocked, tagged for the core stack), the lock table, KMS key and alias, the SSM
 *       parameters (bootstrap brokers and the secret paths), the Glue registry and anchor schema, the SR state
 *       machine, the IAM roles and baseline policy, the budget, alarm and dashboard, and the published lane sets.
 *   <li>a WireMock front server answers MSK (moto's serverless cluster never leaves {@code CREATING} and it has no
 *       {@code GetBootstrapBrokers}) with AWS-shaped bodies, and proxies every other request to moto, so a fault can
 *       be injected into any one call ({@link #inject}).
 *   <li>files, as the CI steps that run Terraform and the rehearsal save them: the five stack roots, each stack's
 *       command receipts and {@code terraform output -json}, the rehearsal receipts, and the handle registry with its
 *       topic-ownership table.
 * </ul>
 *
 * Resource names carry a suffix, so several worlds can share one moto_server.
 */
public final class P0World implements AutoCloseable {
  /** The prefix of the evidence bucket the leak scan reads. */
  public static final String EVIDENCE_SCAN_PREFIX = "evidence/dev_full/m2/";
  /** The prefix under the evidence bucket where each phase run publishes its lane sets. */
  public static final String PUBLISH_PREFIX = "gate/";
  /** The stacks, by wire name. */
  public static final List<String> STACKS = List.of("core", "streaming", "runtime", "data_ml", "ops");
  private static final String ACCOUNT = "123456789012";
  private static final StaticCredentialsProvider CREDS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Moto moto;
  private final WireMockServer front;
  private final Path dir;
  private final String sfx = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private final TreeMap<String, Object> handles = new TreeMap<>();
  private final AtomicInteger runs = new AtomicInteger();

  private P0World(Moto moto, Path dir) {
    this.moto = moto;
    this.dir = dir;
    front = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(40));
    front.start();
  }

  /**
   * Starts moto (or uses {@code -Dmoto.endpoint}) and the front server, seeds moto and writes the files.
   *
   * @param dir an empty folder for the stack roots, receipts and registry
   * @return the healthy world
   * @throws Exception when moto cannot be started or seeded
   */
  public static P0World start(Path dir) throws Exception {
    Moto moto = Moto.start();
    P0World w = new P0World(moto, dir);
    try {
      w.pinHandles();
      w.seedMoto();
      w.writeFiles();
      w.healthy();
    } catch (Exception | Error e) {
      w.close();
      throw e;
    }
    return w;
  }

  private String name(String base) {
    return "fp-" + base + "-" + sfx;
  }

  private String role(String base) {
    return "arn:aws:iam::" + ACCOUNT + ":role/" + name(base);
  }

  private void pinHandles() {
    handles.put("TF_STATE_BUCKET", name("tfstate"));
    handles.put("TF_STATE_BUCKET_REGION", "eu-west-2");
    handles.put("TF_LOCK_TABLE", name("tf-locks"));
    for (String s : STACKS) {
      String upper = s.toUpperCase(Locale.ROOT);
      handles.put("TF_STATE_KEY_" + upper, "dev_full/" + s + "/terraform.tfstate");
      handles.put("TF_STACK_" + upper + "_DIR", dir.resolve("infra").resolve(s).toString());
    }
    handles.put("S3_OBJECT_STORE_BUCKET", name("object-store"));
    handles.put("S3_EVIDENCE_BUCKET", name("evidence"));
    handles.put("S3_ARTIFACTS_BUCKET", name("artifacts"));
    handles.put("S3_BUCKET_ENCRYPTION_ENABLED", true);
    handles.put("S3_BUCKET_PUBLIC_ACCESS_BLOCKED", true);
    handles.put("S3_BUCKET_VERSIONING_ENABLED", true);
    handles.put("KMS_KEY_ALIAS_PLATFORM", "alias/" + name("platform"));
    handles.put("TAG_POLICY_STACK_TAG_KEY", name("stack"));
    handles.put("TAG_POLICY_REQUIRED_TAGS", "project,owner");
    handles.put("TAG_POLICY_ROLES", role("baseline"));
    handles.put("TAG_POLICY_REQUIRED_ROLE_POLICIES", name("baseline-policy"));
    handles.put("MSK_CLIENT_SUBNET_IDS", "subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002");
    handles.put("MSK_SECURITY_GROUP_ID", "sg-0a1b2c3d4e5f60003");
    handles.put("MSK_CLUSTER_NAME", name("msk"));
    handles.put("MSK_REGION", "eu-west-2");
    handles.put("MSK_CLUSTER_MODE", "SERVERLESS");
    handles.put("MSK_AUTH_MODE", "SASL_IAM");
    handles.put("MSK_CLUSTER_ARN", "arn:aws:kafka:eu-west-2:" + ACCOUNT + ":cluster/" + name("msk")
        + "/7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6-s1");
    handles.put("MSK_BOOTSTRAP_BROKERS_SASL_IAM", "boot-7f3c2a10.c1.kafka-serverless.eu-west-2.amazonaws.com:9098");
    handles.put("SSM_MSK_BOOTSTRAP_BROKERS_PATH", "/" + name("platform") + "/msk/bootstrap_brokers");
    handles.put("SSM_IG_API_KEY_PATH", "/" + name("platform") + "/ig/api_key");
    handles.put("SSM_DATABRICKS_TOKEN_PATH", "/" + name("platform") + "/databricks/token");
    handles.put("GLUE_SCHEMA_REGISTRY_NAME", name("registry"));
    handles.put("GLUE_SCHEMA_COMPATIBILITY_MODE", "BACKWARD");
    handles.put("GLUE_ANCHOR_SCHEMA_NAME", "fp.bus.control.v1");
    handles.put("FLINK_RUNTIME_PATH_ACTIVE", "MSF_MANAGED");
    handles.put("FLINK_RUNTIME_PATH_ALLOWED", "MSF_MANAGED,EKS_EMR_ON_EKS");
    handles.put("FLINK_CHECKPOINT_S3_PREFIX", "s3://" + name("object-store") + "/flink/checkpoints/");
    handles.put("FLINK_CHECKPOINT_INTERVAL_MS", 60000);
    for (String t : TOPICS) {
      handles.put("FP_BUS_" + t + "_V1", "fp.bus." + t.toLowerCase(Locale.ROOT).replace('_', '.')
          .replace("flow.anchor", "flow_anchor") + ".v1");
    }
    handles.put("MSK_TOPIC_EXISTENCE_PROBE", "EXECUTABLE");
    handles.put("SR_READY_COMMIT_AUTHORITY", "step_functions_only");
    handles.put("SR_READY_COMMIT_STATE_MACHINE", name("sr-ready-commit"));
    handles.put("SR_READY_RECEIPT_REQUIRES_SFN_EXECUTION_REF", true);
    handles.put("SR_READY_COMMIT_RECEIPT_PATH_PATTERN", "evidence/runs/{platform_run_id}/sr/ready_commit_receipt.json");
    for (String r : ROLES) {
      handles.put("ROLE_" + r, role(r.toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    handles.put("APIGW_IG_API_ID", "a1b2c3d4e5");
    handles.put("LAMBDA_IG_HANDLER", name("ig-handler"));
    handles.put("DDB_IG_IDEMPOTENCY_TABLE", name("ig-idempotency"));
    handles.put("IG_MAX_REQUEST_BYTES", 1048576);
    handles.put("IG_REQUEST_TIMEOUT_SECONDS", 29);
    handles.put("IG_IDEMPOTENCY_TTL_SECONDS", 86400);
    handles.put("PHASE_RUNTIME_PATH_MODE", "single_active_path_per_phase_run");
    handles.put("PHASE_RUNTIME_PATH_PIN_REQUIRED", true);
    handles.put("PHASE_RUNTIME_PATH_EVIDENCE_PATH_PATTERN",
        "evidence/runs/{platform_run_id}/{phase_id}/runtime_path_selection.json");
    handles.put("DBX_WORKSPACE_URL", "https://dbc-1a2b3c4d-5e6f.cloud.databricks.com");
    handles.put("SAGEMAKER_EXECUTION_ROLE_ARN", role("sagemaker-execution"));
    handles.put("MLFLOW_TRACKING_URI", "databricks");
    handles.put("DATA_ML_IDLE_COMPUTE_ALLOWED", false);
    handles.put("OPS_BUDGET_NAME", name("monthly"));
    handles.put("OPS_ALARM_NAMES", name("cost-anomaly"));
    handles.put("OPS_DASHBOARD_NAME", name("ops"));
    handles.put("COST_OUTCOME_ARTIFACT_PATH_PATTERN", "evidence/runs/{platform_run_id}/cost/cost_outcome_receipt.json");
    handles.put("CORRELATION_REQUIRED_FIELDS", "platform_run_id,scenario_run_id,event_id");
    handles.put("CORRELATION_HEADERS_REQUIRED", "traceparent,x-fp-platform-run-id");
    handles.put("CORRELATION_ENFORCEMENT_FAIL_CLOSED", true);
    handles.put("CORRELATION_AUDIT_PATH_PATTERN", "evidence/runs/{platform_run_id}/obs/correlation_audit.json");
    handles.put("DESTROY_RECOVER_REHEARSAL_STACKS", "runtime,data_ml,ops");
    handles.put("EVIDENCE_SCAN_PREFIX", EVIDENCE_SCAN_PREFIX);
  }

  private static final List<String> TOPICS = List.of("CONTROL", "TRAFFIC_FRAUD", "CONTEXT_ARRIVAL_EVENTS",
      "CONTEXT_ARRIVAL_ENTITIES", "CONTEXT_FLOW_ANCHOR_FRAUD", "RTDL", "AUDIT", "CASE_TRIGGERS", "LABELS_EVENTS");
  private static final List<String> ROLES = List.of("FLINK_EXECUTION", "LAMBDA_IG_EXECUTION", "APIGW_IG_INVOKE",
      "DDB_IG_IDEMPOTENCY_RW", "STEP_FUNCTIONS_ORCHESTRATOR");

  private <B extends AwsClientBuilder<B, C>, C> C client(B b, Region region) {
    return b.endpointOverride(moto.endpoint()).region(region).credentialsProvider(CREDS).build();
  }

  private String h(String handle) {
    return String.valueOf(handles.get(handle));
  }

  private void seedMoto() {
    String stackKey = h("TAG_POLICY_STACK_TAG_KEY");
    try (S3Client s3 = S3Client.builder().endpointOverride(moto.endpoint()).forcePathStyle(true).region(Region.EU_WEST_2)
        .credentialsProvider(CREDS).build()) {
      for (String role : List.of("TF_STATE_BUCKET", "S3_OBJECT_STORE_BUCKET", "S3_EVIDENCE_BUCKET", "S3_ARTIFACTS_BUCKET")) {
        String b = h(role);
        s3.createBucket(r -> r.bucket(b).createBucketConfiguration(c -> c.locationConstraint("eu-west-2")));
        s3.putBucketVersioning(r -> r.bucket(b).versioningConfiguration(v -> v.status("Enabled")));
        s3.putBucketEncryption(r -> r.bucket(b).serverSideEncryptionConfiguration(c -> c.rules(
            x -> x.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("aws:kms")))));
        s3.putPublicAccessBlock(r -> r.bucket(b).publicAccessBlockConfiguration(p -> p.blockPublicAcls(true)
            .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
        s3.putBucketTagging(r -> r.bucket(b).tagging(t -> t.tagSet(x -> x.key(stackKey).value("core"),
            x -> x.key("project").value("fraud-platform"), x -> x.key("owner").value("platform"))));
      }
      for (String key : List.of("m2a/m2a_backend_conformance_snapshot.json", "m2b/m2b_core_apply_snapshot.json")) {
        s3.putObject(r -> r.bucket(h("S3_EVIDENCE_BUCKET")).key(EVIDENCE_SCAN_PREFIX + key),
            RequestBody.fromString("{\"overall_pass\": true, \"blockers\": []}"));
      }
    }
    try (DynamoDbClient ddb = client(DynamoDbClient.builder(), Region.EU_WEST_2)) {
      ddb.createTable(t -> t.tableName(h("TF_LOCK_TABLE")).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(a -> a.attributeName("LockID").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("LockID").keyType(KeyType.HASH)));
    }
    try (KmsClient kms = client(KmsClient.builder(), Region.EU_WEST_2)) {
      String key = kms.createKey(r -> r.description("platform")).keyMetadata().keyId();
      kms.createAlias(r -> r.aliasName(h("KMS_KEY_ALIAS_PLATFORM")).targetKeyId(key));
      kms.tagResource(r -> r.keyId(key).tags(t -> t.tagKey(stackKey).tagValue("core"),
          t -> t.tagKey("project").tagValue("fraud-platform"), t -> t.tagKey("owner").tagValue("platform")));
    }
    try (SsmClient ssm = client(SsmClient.builder(), Region.EU_WEST_2)) {
      for (String p : List.of("SSM_MSK_BOOTSTRAP_BROKERS_PATH", "SSM_IG_API_KEY_PATH", "SSM_DATABRICKS_TOKEN_PATH")) {
        ssm.putParameter(r -> r.name(h(p)).type("SecureString").value("never-collected-" + p.length()));
      }
    }
    try (GlueClient glue = client(GlueClient.builder(), Region.EU_WEST_2)) {
      // Tagged as Terraform tags everything it manages (moto's Tagging API lists Glue resources whatever the filter).
      Map<String, String> tags = Map.of("project", "fraud-platform", "owner", "platform", stackKey, "streaming");
      glue.createRegistry(r -> r.registryName(h("GLUE_SCHEMA_REGISTRY_NAME")).tags(tags));
      glue.createSchema(r -> r.registryId(i -> i.registryName(h("GLUE_SCHEMA_REGISTRY_NAME"))).tags(tags)
          .schemaName(h("GLUE_ANCHOR_SCHEMA_NAME")).dataFormat("AVRO").compatibility("BACKWARD")
          .schemaDefinition("{\"type\":\"record\",\"name\":\"control\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}"));
    }
    try (SfnClient sfn = client(SfnClient.builder(), Region.EU_WEST_2)) {
      sfn.createStateMachine(r -> r.name(h("SR_READY_COMMIT_STATE_MACHINE")).roleArn(h("ROLE_STEP_FUNCTIONS_ORCHESTRATOR"))
          .definition("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}"));
    }
    try (IamClient iam = client(IamClient.builder(), Region.AWS_GLOBAL)) {
      String policy = iam.createPolicy(r -> r.policyName(h("TAG_POLICY_REQUIRED_ROLE_POLICIES")).policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}]}"))
          .policy().arn();
      for (String r : ROLES) {
        createRole(iam, h("ROLE_" + r));
      }
      createRole(iam, h("TAG_POLICY_ROLES"));
      iam.attachRolePolicy(r -> r.roleName(roleName(h("TAG_POLICY_ROLES"))).policyArn(policy));
    }
    try (CloudWatchClient cw = client(CloudWatchClient.builder(), Region.EU_WEST_2)) {
      cw.putMetricAlarm(r -> r.alarmName(h("OPS_ALARM_NAMES")).metricName("EstimatedCharges").namespace("AWS/Billing")
          .statistic("Maximum").period(21600).evaluationPeriods(1).threshold(300.0)
          .comparisonOperator("GreaterThanThreshold"));
      cw.putDashboard(r -> r.dashboardName(h("OPS_DASHBOARD_NAME")).dashboardBody("{\"widgets\":[]}"));
    }
    try (BudgetsClient budgets = client(BudgetsClient.builder(), Region.AWS_GLOBAL)) {
      budgets.createBudget(r -> r.accountId(ACCOUNT).budget(b -> b.budgetName(h("OPS_BUDGET_NAME"))
          .budgetType("COST").timeUnit("MONTHLY").budgetLimit(l -> l.amount(new BigDecimal("300")).unit("USD"))));
    }
  }

  private static String roleName(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private static void createRole(IamClient iam, String arn) {
    iam.createRole(r -> r.roleName(roleName(arn)).assumeRolePolicyDocument(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\"}]}"));
  }

  private static final Map<String, List<String>> OUTPUTS = Map.of(
      "core", List.of("MSK_CLIENT_SUBNET_IDS", "MSK_SECURITY_GROUP_ID", "KMS_KEY_ALIAS_PLATFORM", "S3_OBJECT_STORE_BUCKET",
          "S3_EVIDENCE_BUCKET", "S3_ARTIFACTS_BUCKET"),
      "streaming", List.of("MSK_CLUSTER_ARN", "MSK_BOOTSTRAP_BROKERS_SASL_IAM", "GLUE_SCHEMA_REGISTRY_NAME"),
      "runtime", List.of("APIGW_IG_API_ID", "LAMBDA_IG_HANDLER", "DDB_IG_IDEMPOTENCY_TABLE"),
      "data_ml", List.of("DBX_WORKSPACE_URL", "SAGEMAKER_EXECUTION_ROLE_ARN", "MLFLOW_TRACKING_URI"),
      "ops", List.of("OPS_BUDGET_NAME", "OPS_DASHBOARD_NAME"));
  /** Outputs whose name the policy requires as is (its {@code required_evidence}), not the handle's lower case. */
  private static final Map<String, String> OUTPUT_NAMES = Map.of("OPS_BUDGET_NAME", "budget_name");

  private void writeFiles() throws IOException {
    for (String s : STACKS) {
      Path root = Files.createDirectories(Path.of(h("TF_STACK_" + s.toUpperCase(Locale.ROOT) + "_DIR")));
      StringBuilder tf = new StringBuilder("terraform {\n  backend \"s3\" {}\n}\n\n");
      for (int i = 0; i < 4; i++) {
        tf.append("resource \"aws_ssm_parameter\" \"").append(s).append('_').append(i).append("\" {\n}\n");
      }
      Files.writeString(root.resolve("main.tf"), tf);
      Path receipts = Files.createDirectories(receipts().resolve(s));
      receipt(receipts, "1-init", s, "\"command\": \"init\", \"exit_code\": 0");
      receipt(receipts, "2-validate", s, "\"command\": \"validate\", \"exit_code\": 0");
      receipt(receipts, "3-plan", s, "\"command\": \"plan\", \"exit_code\": 2, \"detailed_exit_code\": 2, \"to_add\": 4,"
          + " \"to_change\": 0, \"to_destroy\": 0");
      receipt(receipts, "4-apply", s, "\"command\": \"apply\", \"exit_code\": 0, \"to_add\": 4, \"to_change\": 0,"
          + " \"to_destroy\": 0");
      receipt(receipts, "5-output", s, "\"command\": \"output\", \"exit_code\": 0");
      receipt(receipts, "6-post-apply-plan", s, "\"command\": \"plan\", \"post_apply\": true, \"exit_code\": 0,"
          + " \"detailed_exit_code\": 0, \"to_add\": 0, \"to_change\": 0, \"to_destroy\": 0");
      ObjectNode out = JSON.createObjectNode();
      for (String handle : OUTPUTS.get(s)) {
        out.putObject(OUTPUT_NAMES.getOrDefault(handle, handle.toLowerCase(Locale.ROOT))).put("sensitive", false).put("type", "string")
            .put("value", h(handle));
      }
      Files.write(receipts.resolve("output.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
      if (List.of(h("DESTROY_RECOVER_REHEARSAL_STACKS").split(",")).contains(s)) {
        Files.writeString(receipts.resolve("rehearsal.json"), "{\"stack\": \"" + s + "\", \"destroy_exit_code\": 0,"
            + " \"recover_exit_code\": 0, \"post_recover_plan_detailed_exit_code\": 0, \"state_integrity_ok\": true,"
            + " \"residuals\": []}\n");
      }
    }
    writeRegistry();
  }

  private static void receipt(Path dir, String file, String stack, String fields) throws IOException {
    Files.writeString(dir.resolve(file + ".receipt.json"), "{\"stack\": \"" + stack + "\", " + fields + "}\n");
  }

  private void writeRegistry() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode pinned = root.putObject("handles");
    handles.forEach((k, v) -> {
      if (v instanceof Boolean b) {
        pinned.put(k, b);
      } else if (v instanceof Integer i) {
        pinned.put(k, i);
      } else {
        pinned.put(k, String.valueOf(v));
      }
    });
    ArrayNode table = root.putArray("topic_ownership");
    for (String t : TOPICS) {
      String producer = switch (t) {
        case "CONTROL", "LABELS_EVENTS" -> "ROLE_STEP_FUNCTIONS_ORCHESTRATOR";
        case "RTDL", "AUDIT", "CASE_TRIGGERS" -> "ROLE_FLINK_EXECUTION";
        default -> "ROLE_LAMBDA_IG_EXECUTION";
      };
      String consumer = t.equals("AUDIT") || t.equals("CASE_TRIGGERS") ? "ROLE_STEP_FUNCTIONS_ORCHESTRATOR"
          : "ROLE_FLINK_EXECUTION";
      ObjectNode row = table.addObject().put("topic_handle", "FP_BUS_" + t + "_V1").put("producer_role_handle", producer);
      row.putArray("consumer_role_handles").add(consumer);
      row.putArray("routed_role_handles");
    }
    Files.write(registry(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  /** Resets the front server: MSK answered healthy, everything else proxied to moto, no fault. */
  public void healthy() {
    front.resetAll();
    front.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(moto.endpoint().toString())));
    String arn = h("MSK_CLUSTER_ARN");
    String vpc = "\"vpcConfigs\":[{\"subnetIds\":[\"" + h("MSK_CLIENT_SUBNET_IDS").replace(",", "\",\"")
        + "\"],\"securityGroupIds\":[\"" + h("MSK_SECURITY_GROUP_ID") + "\"]}]";
    front.stubFor(P0Call.KAFKA_DESCRIBE_CLUSTER_V2.request().atPriority(5).willReturn(Stubs.ok(Call.Protocol.REST_JSON,
        "{\"clusterInfo\":{\"clusterArn\":\"" + arn + "\",\"clusterName\":\"" + h("MSK_CLUSTER_NAME")
            + "\",\"clusterType\":\"SERVERLESS\",\"state\":\"ACTIVE\",\"creationTime\":\"2026-02-22T21:30:00.000Z\","
            + "\"currentVersion\":\"K2EUQ1WTGCTBG2\",\"serverless\":{" + vpc + ",\"clientAuthentication\":{\"sasl\":"
            + "{\"iam\":{\"enabled\":true}}}}}}")));
    front.stubFor(P0Call.KAFKA_GET_BOOTSTRAP_BROKERS.request().atPriority(5).willReturn(Stubs.ok(Call.Protocol.REST_JSON,
        "{\"bootstrapBrokerStringSaslIam\":\"" + h("MSK_BOOTSTRAP_BROKERS_SASL_IAM") + "\"}")));
  }

  /**
   * Injects a fault into every request of one call.
   *
   * @param call the call
   * @param fault the fault
   */
  public void inject(P0Call call, Fault fault) {
    front.stubFor(call.request().atPriority(1).willReturn(fault.response(call.protocol(), call.name())));
  }

  /**
   * Answers one call with a custom stub (priority 1, above the healthy answers).
   *
   * @param stub the stub
   */
  public void stub(MappingBuilder stub) {
    front.stubFor(stub.atPriority(1));
  }

  /**
   * The requests one call made since the last reset.
   *
   * @param call the call
   * @return how many
   */
  public int requests(P0Call call) {
    return front.findRequestsMatching(call.pattern()).getRequests().size();
  }

  /**
   * The front server: every AWS service's endpoint for the collectors.
   *
   * @return its URL
   */
  public URI endpoint() {
    return URI.create(front.baseUrl());
  }

  /**
   * moto itself, for publishing lane sets.
   *
   * @return its URL
   */
  public URI motoEndpoint() {
    return moto.endpoint();
  }

  /**
   * The handle registry file (JSON, with the topic-ownership table).
   *
   * @return the path
   */
  public Path registry() {
    return dir.resolve("handles.json");
  }

  /**
   * The folder of Terraform and rehearsal receipts ({@code --terraform-receipts}).
   *
   * @return the path
   */
  public Path receipts() {
    return dir.resolve("receipts");
  }

  /**
   * A fresh {@code s3://} prefix in the evidence bucket for one phase run's published lane sets.
   *
   * @return the prefix URI
   */
  public String publishPrefix() {
    return "s3://" + h("S3_EVIDENCE_BUCKET") + "/" + PUBLISH_PREFIX + "run-" + runs.incrementAndGet() + "/";
  }

  /**
   * A pinned handle's value.
   *
   * @param handle the handle
   * @return the value
   */
  public String handle(String handle) {
    return h(handle);
  }

  @Override
  public void close() {
    front.stop();
    moto.close();
  }
}
