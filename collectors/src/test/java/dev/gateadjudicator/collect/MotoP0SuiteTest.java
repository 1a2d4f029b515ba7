package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.BucketRole;
import dev.gateadjudicator.fact.IamRole;
import dev.gateadjudicator.fact.LockTable;
import dev.gateadjudicator.fact.OpsSurface;
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
import dev.gateadjudicator.collect.testing.Moto;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The P0 collectors against moto_server. Opt-in: {@code -Pmoto} (tag {@code moto}). */
@Tag("moto")
class MotoP0SuiteTest {
  private static Moto moto;
  private static URI endpoint;
  private static final Map<String, Object> HANDLES = new TreeMap<>();

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    endpoint = moto.endpoint();
    seed();
  }

  @AfterAll
  static void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  private static <B extends AwsClientBuilder<B, C>, C> C client(B b) {
    return b.endpointOverride(endpoint).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
  }

  private static void seed() {
    String suffix = Long.toString(System.nanoTime() % 100000);
    String state = "p0-tfstate-" + suffix;
    String open = "p0-open-" + suffix;
    HANDLES.putAll(Map.of("TF_STATE_BUCKET", state, "S3_OBJECT_STORE_BUCKET", open,
        "S3_EVIDENCE_BUCKET", "p0-missing-" + suffix, "S3_ARTIFACTS_BUCKET", open,
        "TF_LOCK_TABLE", "p0-locks-" + suffix, "SSM_MSK_BOOTSTRAP_BROKERS_PATH", "/p0/" + suffix + "/msk/bootstrap",
        "GLUE_SCHEMA_REGISTRY_NAME", "p0-registry-" + suffix, "GLUE_ANCHOR_SCHEMA_NAME", "fp.bus.control.v1",
        "SR_READY_COMMIT_STATE_MACHINE", "p0-sr-ready-" + suffix, "ROLE_FLINK_EXECUTION", "p0-flink-" + suffix));
    HANDLES.putAll(Map.of("ROLE_LAMBDA_IG_EXECUTION", "p0-missing-role-" + suffix,
        "SECRET_PATH_HANDLES", "SECRET_DBX_TOKEN", "SECRET_DBX_TOKEN", "p0/" + suffix + "/dbx",
        "OPS_BUDGET_NAME", "p0-budget-" + suffix, "OPS_ALARM_NAMES", "p0-alarm-" + suffix,
        "OPS_DASHBOARD_NAME", "p0-dashboard-" + suffix));
    try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build()) {
      for (String b : new String[] {state, open}) {
        s3.createBucket(r -> r.bucket(b).createBucketConfiguration(c -> c.locationConstraint("eu-west-2")));
      }
      s3.putBucketVersioning(r -> r.bucket(state).versioningConfiguration(v -> v.status("Enabled")));
      s3.putBucketEncryption(r -> r.bucket(state).serverSideEncryptionConfiguration(c -> c.rules(
          x -> x.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("aws:kms")))));
      s3.putPublicAccessBlock(r -> r.bucket(state).publicAccessBlockConfiguration(p -> p.blockPublicAcls(true)
          .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    }
    try (DynamoDbClient ddb = client(DynamoDbClient.builder())) {
      ddb.createTable(t -> t.tableName("p0-locks-" + suffix).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(a -> a.attributeName("LockID").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("LockID").keyType(KeyType.HASH)));
    }
    try (SsmClient ssm = client(SsmClient.builder())) {
      ssm.putParameter(r -> r.name("/p0/" + suffix + "/msk/bootstrap").type("SecureString").value("b-1:9098"));
    }
    try (GlueClient glue = client(GlueClient.builder())) {
      glue.createRegistry(r -> r.registryName("p0-registry-" + suffix));
      glue.createSchema(r -> r.registryId(i -> i.registryName("p0-registry-" + suffix)).schemaName("fp.bus.control.v1")
          .dataFormat("AVRO").compatibility("BACKWARD")
          .schemaDefinition("{\"type\":\"record\",\"name\":\"c\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}"));
    }
    try (SfnClient sfn = client(SfnClient.builder())) {
      sfn.createStateMachine(r -> r.name("p0-sr-ready-" + suffix).roleArn("arn:aws:iam::123456789012:role/sfn")
          .definition("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}"));
    }
    try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build()) {
      iam.createRole(r -> r.roleName("p0-flink-" + suffix).assumeRolePolicyDocument("{}"));
    }
    try (SecretsManagerClient sm = client(SecretsManagerClient.builder())) {
      sm.createSecret(r -> r.name("p0/" + suffix + "/dbx").secretString("never-collected"));
    }
    try (CloudWatchClient cw = client(CloudWatchClient.builder())) {
      cw.putMetricAlarm(r -> r.alarmName("p0-alarm-" + suffix).metricName("5xx").namespace("p0").statistic("Sum")
          .period(60).evaluationPeriods(1).threshold(1.0).comparisonOperator("GreaterThanThreshold"));
      cw.putDashboard(r -> r.dashboardName("p0-dashboard-" + suffix).dashboardBody("{\"widgets\":[]}"));
    }
    try (BudgetsClient budgets = BudgetsClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build()) {
      budgets.createBudget(r -> r.accountId("123456789012").budget(b -> b.budgetName("p0-budget-" + suffix)
          .budgetType("COST").timeUnit("MONTHLY").budgetLimit(l -> l.amount(new java.math.BigDecimal("300")).unit("USD"))));
    }
  }

  private Collected collect(String lane) {
    CollectionSettings s = new CollectionSettings("eu-west-2", null, endpoint, Map.of(), endpoint,
        Duration.ofSeconds(30), Duration.ofSeconds(180), 1);
    CollectionRequest r = new CollectionRequest("P0", lane, "moto_p0", null, Instant.parse("2026-02-22T20:38:51Z"), null,
        new HandleRegistry("moto", new TreeMap<>(HANDLES)), null);
    return new Collected(GateCollector.collect(r, s, System.err::println));
  }

  @Test
  void m2a_bucketPostureAndLockTable() {
    Collected c = collect("M2.A");

    S3Bucket b = c.only(S3Bucket.class);
    assertThat(b.exists() && b.encryptionEnabled() && b.versioningEnabled() && b.blockPublicAcls()
        && b.restrictPublicBuckets()).isTrue();
    LockTable t = c.only(LockTable.class);
    assertThat(t.exists()).isTrue();
    assertThat(t.hashKeyName()).isEqualTo("LockID");
  }

  @Test
  void m2b_openAndMissingBuckets() {
    Collected c = collect("M2.B");

    assertThat(c.all(S3Bucket.class)).filteredOn(b -> b.role() == BucketRole.EVIDENCE).singleElement()
        .extracting(S3Bucket::exists).isEqualTo(false);
    assertThat(c.all(S3Bucket.class)).filteredOn(b -> b.role() == BucketRole.OBJECT_STORE).singleElement()
        .satisfies(b -> assertThat(b.versioningEnabled() || b.blockPublicAcls()).isFalse());
  }

  @Test
  void m2c_registryAndParameterMetadata() {
    Collected c = collect("M2.C");

    SsmParameter p = c.only(SsmParameter.class);
    assertThat(p.exists()).isTrue();
    assertThat(p.type()).isEqualTo("SecureString");
    assertThat(new String(FactSets.toJson(c.factSet()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("b-1:9098");
    SchemaRegistry r = c.only(SchemaRegistry.class);
    assertThat(r.exists() && r.anchorSchemaPresent()).isTrue();
    assertThat(r.compatibility()).isEqualTo("BACKWARD");
  }

  @Test
  void m2d_stateMachine() {
    assertThat(collect("M2.D").only(StateMachine.class).status()).isEqualTo("ACTIVE");
  }

  @Test
  void m2e_existingAndMissingRoles() {
    Collected c = collect("M2.E");

    assertThat(c.all(IamRole.class)).filteredOn(r -> r.handle().equals("ROLE_FLINK_EXECUTION"))
        .singleElement().extracting(IamRole::exists).isEqualTo(true);
    assertThat(c.all(IamRole.class)).filteredOn(r -> r.handle().equals("ROLE_LAMBDA_IG_EXECUTION"))
        .singleElement().extracting(IamRole::exists).isEqualTo(false);
  }

  @Test
  void m2f_secretMetadataWithoutItsValue() {
    Collected c = collect("M2.F");

    assertThat(c.only(SecretPath.class).exists()).isTrue();
    assertThat(new String(FactSets.toJson(c.factSet()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("never-collected");
  }

  @Test
  void m2h_opsSurfacesQueryable() {
    assertThat(collect("M2.H").all(OpsSurface.class)).hasSize(3).allMatch(OpsSurface::queryable);
  }
}
