package dev.gateadjudicator.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.BucketRole;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.IamRole;
import dev.gateadjudicator.fact.LockTable;
import dev.gateadjudicator.fact.MskCluster;
import dev.gateadjudicator.fact.OpsSurface;
import dev.gateadjudicator.fact.OpsSurfaceType;
import dev.gateadjudicator.fact.S3Bucket;
import dev.gateadjudicator.fact.SchemaRegistry;
import dev.gateadjudicator.fact.SecretPath;
import dev.gateadjudicator.fact.SsmParameter;
import dev.gateadjudicator.fact.StateMachine;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The P0 collectors against WireMock answers shaped after each AWS API reference. */
class P0CollectorsTest {
  private static final String MSK_ARN = "arn:aws:kafka:eu-west-2:123456789012:cluster/fraud-platform-dev-full-msk/0f3c";
  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1")).build();
  private static final Map<String, Object> HANDLES = new TreeMap<>();

  @BeforeEach
  void healthy() {
    HANDLES.clear();
    HANDLES.putAll(Map.ofEntries(
        Map.entry("TF_STATE_BUCKET", "fraud-platform-dev-full-tfstate"),
        Map.entry("S3_OBJECT_STORE_BUCKET", "fraud-platform-dev-full-object-store"),
        Map.entry("S3_EVIDENCE_BUCKET", "fraud-platform-dev-full-evidence"),
        Map.entry("S3_ARTIFACTS_BUCKET", "fraud-platform-dev-full-artifacts"),
        Map.entry("TF_LOCK_TABLE", "fraud-platform-dev-full-tf-locks"),
        Map.entry("MSK_CLUSTER_ARN", MSK_ARN),
        Map.entry("SSM_MSK_BOOTSTRAP_BROKERS_PATH", "/fraud-platform/dev_full/msk/bootstrap_brokers"),
        Map.entry("GLUE_SCHEMA_REGISTRY_NAME", "fraud-platform-dev-full"),
        Map.entry("GLUE_ANCHOR_SCHEMA_NAME", "fp.bus.control.v1"),
        Map.entry("SR_READY_COMMIT_STATE_MACHINE", "fraud-platform-dev-full-sr-ready-commit"),
        Map.entry("ROLE_FLINK_EXECUTION", "arn:aws:iam::123456789012:role/fraud-platform-dev-full-flink-execution"),
        Map.entry("ROLE_LAMBDA_IG_EXECUTION", "fraud-platform-dev-full-lambda-ig"),
        Map.entry("SECRET_PATH_HANDLES", "SECRET_DATABRICKS_TOKEN"),
        Map.entry("SECRET_DATABRICKS_TOKEN", "fraud-platform/dev_full/databricks/token"),
        Map.entry("OPS_BUDGET_NAME", "fraud-platform-dev-full-monthly"),
        Map.entry("OPS_ALARM_NAMES", "fraud-platform-dev-full-ig-5xx"),
        Map.entry("OPS_DASHBOARD_NAME", "fraud-platform-dev-full-ops")));
    for (String b : new String[] {"fraud-platform-dev-full-tfstate", "fraud-platform-dev-full-object-store",
        "fraud-platform-dev-full-evidence", "fraud-platform-dev-full-artifacts"}) {
      bucket(b);
    }
    json("DynamoDB_20120810.DescribeTable", "{\"Table\":{\"TableName\":\"fraud-platform-dev-full-tf-locks\","
        + "\"TableStatus\":\"ACTIVE\",\"KeySchema\":[{\"AttributeName\":\"LockID\",\"KeyType\":\"HASH\"}],"
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"LockID\",\"AttributeType\":\"S\"}],\"ItemCount\":0}}");
    WM.stubFor(get(urlPathMatching("/api/v2/clusters/.+")).atPriority(5).willReturn(ok("application/json",
        "{\"clusterInfo\":{\"clusterArn\":\"" + MSK_ARN + "\",\"clusterName\":\"fraud-platform-dev-full-msk\","
            + "\"clusterType\":\"SERVERLESS\",\"state\":\"ACTIVE\",\"serverless\":{\"vpcConfigs\":[{\"subnetIds\":[\"subnet-1\"]}],"
            + "\"clientAuthentication\":{\"sasl\":{\"iam\":{\"enabled\":true}}}}}}")));
    WM.stubFor(get(urlPathMatching("/v1/clusters/.+/bootstrap-brokers")).atPriority(5).willReturn(ok("application/json",
        "{\"bootstrapBrokerStringSaslIam\":\"boot-abc.c2.kafka-serverless.eu-west-2.amazonaws.com:9098\"}")));
    json("AmazonSSM.GetParameter", "{\"Parameter\":{\"Name\":\"/fraud-platform/dev_full/msk/bootstrap_brokers\","
        + "\"Type\":\"SecureString\",\"Value\":\"AQICAHhCIPHERTEXT\",\"Version\":3,\"DataType\":\"text\"}}");
    json("AWSGlue.GetRegistry", "{\"RegistryName\":\"fraud-platform-dev-full\",\"Status\":\"AVAILABLE\"}");
    json("AWSGlue.GetSchema", "{\"SchemaName\":\"fp.bus.control.v1\",\"Compatibility\":\"BACKWARD\",\"SchemaStatus\":\"AVAILABLE\"}");
    json("AWSStepFunctions.ListStateMachines", "{\"stateMachines\":[{\"stateMachineArn\":"
        + "\"arn:aws:states:eu-west-2:123456789012:stateMachine:fraud-platform-dev-full-sr-ready-commit\","
        + "\"name\":\"fraud-platform-dev-full-sr-ready-commit\",\"type\":\"STANDARD\",\"creationDate\":1.7718E9}]}");
    json("AWSStepFunctions.DescribeStateMachine", "{\"stateMachineArn\":"
        + "\"arn:aws:states:eu-west-2:123456789012:stateMachine:fraud-platform-dev-full-sr-ready-commit\","
        + "\"name\":\"fraud-platform-dev-full-sr-ready-commit\",\"status\":\"ACTIVE\",\"definition\":\"{}\","
        + "\"roleArn\":\"arn:aws:iam::123456789012:role/sfn\",\"type\":\"STANDARD\",\"creationDate\":1.7718E9}");
    json("secretsmanager.DescribeSecret", "{\"ARN\":\"arn:aws:secretsmanager:eu-west-2:123456789012:secret:x\","
        + "\"Name\":\"fraud-platform/dev_full/databricks/token\"}");
    json("AWSBudgetServiceGateway.DescribeBudget", "{\"Budget\":{\"BudgetName\":\"fraud-platform-dev-full-monthly\","
        + "\"BudgetLimit\":{\"Amount\":\"300\",\"Unit\":\"USD\"},\"TimeUnit\":\"MONTHLY\",\"BudgetType\":\"COST\"}}");
    query("GetRole", "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetRoleResult><Role><Path>/</Path>"
        + "<RoleName>r</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/r</Arn>"
        + "<CreateDate>2026-02-22T10:00:00Z</CreateDate></Role></GetRoleResult><ResponseMetadata><RequestId>r-1</RequestId>"
        + "</ResponseMetadata></GetRoleResponse>");
    query("GetCallerIdentity", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
        + "<GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/ci/x</Arn><UserId>AROA:x</UserId>"
        + "<Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId>"
        + "</ResponseMetadata></GetCallerIdentityResponse>");
    query("DescribeAlarms", "<DescribeAlarmsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
        + "<DescribeAlarmsResult><MetricAlarms><member><AlarmName>fraud-platform-dev-full-ig-5xx</AlarmName>"
        + "<StateValue>OK</StateValue></member></MetricAlarms><CompositeAlarms/></DescribeAlarmsResult>"
        + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></DescribeAlarmsResponse>");
    query("GetDashboard", "<GetDashboardResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><GetDashboardResult>"
        + "<DashboardName>fraud-platform-dev-full-ops</DashboardName><DashboardBody>{}</DashboardBody></GetDashboardResult>"
        + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetDashboardResponse>");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String type, String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", type).withBody(body);
  }

  private static void json(String target, String body) {
    WM.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(target)).atPriority(5)
        .willReturn(ok("application/x-amz-json-1.1", body)));
  }

  private static void jsonError(String target, String type) {
    WM.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(target)).atPriority(1)
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"__type\":\"" + type + "\",\"message\":\"not here\"}")));
  }

  private static void query(String action, String body) {
    WM.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action)).atPriority(5)
        .willReturn(ok("text/xml", body)));
  }

  private static void bucket(String b) {
    WM.stubFor(head(urlPathEqualTo("/" + b)).atPriority(5).willReturn(aResponse().withStatus(200)));
    WM.stubFor(get(urlMatching("/" + b + "/?\\?encryption.*")).atPriority(5).willReturn(ok("application/xml",
        "<ServerSideEncryptionConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
            + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault>"
            + "<BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>")));
    WM.stubFor(get(urlMatching("/" + b + "/?\\?versioning.*")).atPriority(5).willReturn(ok("application/xml",
        "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Status>Enabled</Status>"
            + "</VersioningConfiguration>")));
    WM.stubFor(get(urlMatching("/" + b + "/?\\?publicAccessBlock.*")).atPriority(5).willReturn(ok("application/xml",
        "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><BlockPublicAcls>true"
            + "</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
            + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
  }

  private Collected collect(String lane) {
    URI e = URI.create(WM.baseUrl());
    CollectionSettings s = new CollectionSettings("eu-west-2", null, e, Map.of(), e, Duration.ofSeconds(30),
        Duration.ofSeconds(180), 1);
    CollectionRequest r = new CollectionRequest("P0", lane, lane.toLowerCase().replace(".", "") + "_test", null,
        Instant.parse("2026-02-22T20:38:51Z"), null, new HandleRegistry("p0", new TreeMap<>(HANDLES)), null);
    return new Collected(GateCollector.collect(r, s, l -> { }));
  }

  @Test
  void m2a_stateBucketPostureAndLockTable() {
    Collected c = collect("M2.A");

    S3Bucket b = c.only(S3Bucket.class);
    assertThat(b.role()).isEqualTo(BucketRole.STATE);
    assertThat(b.exists() && b.encryptionEnabled() && b.versioningEnabled() && b.blockPublicAcls() && b.ignorePublicAcls()
        && b.blockPublicPolicy() && b.restrictPublicBuckets()).isTrue();
    LockTable t = c.only(LockTable.class);
    assertThat(t.exists()).isTrue();
    assertThat(t.hashKeyName()).isEqualTo("LockID");
    assertThat(t.hashKeyType()).isEqualTo("S");
    c.hasError("stack_root", ErrorType.UNKNOWN);
  }

  @Test
  void m2a_missingBucketAndTable_areExistsFalse() {
    WM.stubFor(head(urlPathEqualTo("/fraud-platform-dev-full-tfstate")).atPriority(1).willReturn(aResponse().withStatus(404)));
    jsonError("DynamoDB_20120810.DescribeTable", "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");

    Collected c = collect("M2.A");

    assertThat(c.only(S3Bucket.class).exists()).isFalse();
    assertThat(c.only(LockTable.class).exists()).isFalse();
    assertThat(c.errors()).allMatch(e -> e.targetKind().equals("stack_root"));
  }

  @Test
  void m2b_bucketWithoutPublicAccessBlockOrVersioning_isReadAsSuch() {
    WM.stubFor(get(urlMatching("/fraud-platform-dev-full-evidence/?\\?publicAccessBlock.*")).atPriority(1).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/xml").withBody("<Error><Code>"
            + "NoSuchPublicAccessBlockConfiguration</Code><Message>none</Message></Error>")));
    WM.stubFor(get(urlMatching("/fraud-platform-dev-full-evidence/?\\?versioning.*")).atPriority(1).willReturn(
        ok("application/xml", "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>")));

    Collected c = collect("M2.B");

    assertThat(c.all(S3Bucket.class)).hasSize(4);
    S3Bucket evidence = c.all(S3Bucket.class).stream().filter(b -> b.role() == BucketRole.EVIDENCE).findFirst().orElseThrow();
    assertThat(evidence.versioningEnabled()).isFalse();
    assertThat(evidence.blockPublicAcls() || evidence.restrictPublicBuckets()).isFalse();
  }

  @Test
  void m2c_mskRegistryAndParameterMetadata() {
    Collected c = collect("M2.C");

    MskCluster m = c.only(MskCluster.class);
    assertThat(m.active()).isTrue();
    assertThat(m.mode()).isEqualTo("SERVERLESS");
    assertThat(m.authMode()).isEqualTo("SASL_IAM");
    assertThat(m.bootstrapBrokersPresent()).isTrue();
    SsmParameter p = c.only(SsmParameter.class);
    assertThat(p.type()).isEqualTo("SecureString");
    assertThat(p.version()).isEqualTo(3L);
    assertThat(new String(FactSets.toJson(c.factSet()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("CIPHERTEXT");
    SchemaRegistry r = c.only(SchemaRegistry.class);
    assertThat(r.exists() && r.anchorSchemaPresent()).isTrue();
    assertThat(r.compatibility()).isEqualTo("BACKWARD");
  }

  @Test
  void m2d_stateMachineResolvedByName_andMissingParameter() {
    jsonError("AmazonSSM.GetParameter", "ParameterNotFound");

    Collected c = collect("M2.D");

    StateMachine sm = c.only(StateMachine.class);
    assertThat(sm.status()).isEqualTo("ACTIVE");
    assertThat(sm.arn()).startsWith("arn:aws:states:");
    assertThat(c.only(SsmParameter.class).exists()).isFalse();
  }

  @Test
  void m2e_rolesByNameOrArn_andAMissingRole() {
    WM.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("RoleName=fraud-platform-dev-full-lambda-ig"))
        .atPriority(1).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/xml")
            .withBody("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                + "<Code>NoSuchEntity</Code><Message>not found</Message></Error><RequestId>r</RequestId></ErrorResponse>")));

    Collected c = collect("M2.E");

    assertThat(c.all(IamRole.class)).filteredOn(r -> r.handle().equals("ROLE_FLINK_EXECUTION")).singleElement()
        .extracting(IamRole::exists).isEqualTo(true);
    assertThat(c.all(IamRole.class)).filteredOn(r -> r.handle().equals("ROLE_LAMBDA_IG_EXECUTION")).singleElement()
        .extracting(IamRole::exists).isEqualTo(false);
    c.hasError("iam_role", ErrorType.UNKNOWN);
  }

  @Test
  void m2f_secretMetadataOnly() {
    Collected c = collect("M2.F");

    SecretPath s = c.only(SecretPath.class);
    assertThat(s.exists() && s.readable()).isTrue();
    c.hasError("plaintext_leak_scan", ErrorType.UNKNOWN);
  }

  @Test
  void m2f_withoutSecretPathHandles_readsThePolicysSsmPathsAsParameterMetadata() {
    HANDLES.remove("SECRET_PATH_HANDLES");
    HANDLES.put("SSM_IG_API_KEY_PATH", "/fraud-platform/dev_full/ig/api_key");
    HANDLES.put("SSM_DATABRICKS_TOKEN_PATH", "/fraud-platform/dev_full/databricks/token");

    Collected c = collect("M2.F");

    assertThat(c.all(SecretPath.class)).extracting(SecretPath::handle).containsExactlyInAnyOrder(
        "SSM_MSK_BOOTSTRAP_BROKERS_PATH", "SSM_IG_API_KEY_PATH", "SSM_DATABRICKS_TOKEN_PATH");
    assertThat(c.all(SecretPath.class)).allMatch(s -> s.exists() && s.readable() && s.source().equals("ssm:GetParameter"));
    assertThat(WM.findAll(postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target",
        equalTo("AmazonSSM.GetParameter")))).hasSize(3).allMatch(r -> r.getBodyAsString().contains("\"WithDecryption\":false"));
    assertThat(new String(dev.gateadjudicator.FactSets.toJson(c.factSet()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("CIPHERTEXT");
  }

  @Test
  void m2h_opsSurfaces_andAMissingDashboard() {
    WM.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetDashboard")).atPriority(1)
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/xml").withBody("<ErrorResponse><Error>"
            + "<Type>Sender</Type><Code>ResourceNotFound</Code><Message>Dashboard does not exist</Message></Error>"
            + "<RequestId>r</RequestId></ErrorResponse>")));

    Collected c = collect("M2.H");

    assertThat(c.all(OpsSurface.class)).extracting(OpsSurface::surface, OpsSurface::queryable).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(OpsSurfaceType.BUDGET, true),
        org.assertj.core.groups.Tuple.tuple(OpsSurfaceType.ALARM, true),
        org.assertj.core.groups.Tuple.tuple(OpsSurfaceType.DASHBOARD, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"M2.A", "M2.B", "M2.C", "M2.D", "M2.E", "M2.F", "M2.H"})
  void everyCallDenied_leavesNoFactButErrorsOfItsKinds(String lane) {
    MappingBuilder all = any(anyUrl()).atPriority(1);
    WM.stubFor(all.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", "AccessDeniedException").withBody("{\"__type\":\"AccessDeniedException\","
            + "\"message\":\"denied\"}")));

    Collected c = collect(lane);

    assertThat(c.factSet().facts()).isNotEmpty().allMatch(f -> f instanceof dev.gateadjudicator.fact.CollectionError);
    assertThat(c.errors()).anyMatch(e -> e.error() == ErrorType.ACCESS_DENIED);
  }
}
