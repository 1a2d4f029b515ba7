package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.collect.testing.Moto;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.KmsAlias;
import dev.gateadjudicator.fact.PlaintextLeakScan;
import dev.gateadjudicator.fact.TagPolicyConformance;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The KMS alias, tag and policy conformance and evidence leak-scan collectors against moto_server, which
 * implements KMS, the Resource Groups Tagging API, IAM and S3. Opt-in: {@code -Pmoto} (tag {@code moto}).
 */
@Tag("moto")
class MotoP0NewKindsTest {
  private static Moto moto;
  private static URI endpoint;
  private static final String SUFFIX = Long.toString(System.nanoTime() % 100000);
  private static final Map<String, Object> HANDLES = new TreeMap<>();

  @TempDir
  Path tmp;

  private static final StaticCredentialsProvider CREDS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    endpoint = moto.endpoint();
    try (KmsClient kms = KmsClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_2).credentialsProvider(CREDS)
        .build()) {
      String enabled = kms.createKey(r -> r.description("platform")).keyMetadata().keyId();
      kms.createAlias(r -> r.aliasName("alias/platform-" + SUFFIX).targetKeyId(enabled));
      String disabled = kms.createKey(r -> r.description("old")).keyMetadata().keyId();
      kms.disableKey(r -> r.keyId(disabled));
      kms.createAlias(r -> r.aliasName("alias/disabled-" + SUFFIX).targetKeyId(disabled));
      kms.tagResource(r -> r.keyId(enabled).tags(t -> t.tagKey("gate-stack-" + SUFFIX).tagValue("core"),
          t -> t.tagKey("project").tagValue("fraud-platform")));
    }
    try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(CREDS)
        .build()) {
      String boundary = iam.createPolicy(r -> r.policyName("baseline-" + SUFFIX).policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}]}"))
          .policy().arn();
      for (String role : new String[] {"tagged-ok-" + SUFFIX, "tagged-bare-" + SUFFIX}) {
        iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument("{}"));
      }
      iam.attachRolePolicy(r -> r.roleName("tagged-ok-" + SUFFIX).policyArn(boundary));
    }
    try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.EU_WEST_2)
        .credentialsProvider(CREDS).build()) {
      String bucket = "evidence-" + SUFFIX;
      s3.createBucket(r -> r.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint("eu-west-2")));
      s3.putBucketTagging(r -> r.bucket(bucket).tagging(t -> t.tagSet(
          x -> x.key("gate-stack-" + SUFFIX).value("core"), x -> x.key("project").value("fraud-platform"),
          x -> x.key("owner").value("platform"))));
      s3.putObject(r -> r.bucket(bucket).key("run_control/m2/m2a_execution_summary.json"),
          RequestBody.fromString("{\"lane\":\"M2.A\"}"));
      s3.putObject(r -> r.bucket(bucket).key("run_control/m2/notes.txt"), RequestBody.fromString("nothing here"));
      s3.putObject(r -> r.bucket(bucket).key("leaky/m2/debug.log"),
          RequestBody.fromString("export AWS_ACCESS_KEY_ID=AKIA" + "ABCDEFGHIJKLMNOP"));
    }
  }

  @AfterAll
  static void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  // moto answers the first GetResources slowly (it walks every backend): generous timeouts, no timing asserted.
  private Collected collect(String lane, Map<String, Object> pins) {
    TreeMap<String, Object> handles = new TreeMap<>(pins);
    CollectionSettings s = new CollectionSettings("eu-west-2", null, endpoint, Map.of(), endpoint,
        Duration.ofSeconds(60), Duration.ofSeconds(90), 1);
    CollectionRequest r = new CollectionRequest("P0", lane, "moto_p0_new", null, Instant.parse("2026-02-22T20:38:51Z"),
        null, new HandleRegistry("moto", handles), null, tmp);
    return new Collected(GateCollector.collect(r, s, System.err::println));
  }

  @Test
  void kmsAlias_enabledKeyIsUsable() {
    KmsAlias a = collect("M2.B", Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/platform-" + SUFFIX)).only(KmsAlias.class);

    assertThat(a.exists()).isTrue();
    assertThat(a.usable()).isTrue();
  }

  @Test
  void kmsAlias_disabledKeyAndMissingAlias() {
    assertThat(collect("M2.B", Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/disabled-" + SUFFIX)).only(KmsAlias.class))
        .satisfies(a -> assertThat(a.exists() && !a.keyEnabled()).isTrue());
    assertThat(collect("M2.B", Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/absent-" + SUFFIX)).only(KmsAlias.class).exists())
        .isFalse();
  }

  @Test
  void tagPolicyConformance_taggedResourcesAndRoleAttachments() {
    Map<String, Object> pins = Map.of("TF_STACK_CORE_DIR", "core", "TAG_POLICY_STACK_TAG_KEY", "gate-stack-" + SUFFIX,
        "TAG_POLICY_REQUIRED_TAGS", "project,owner", "TAG_POLICY_REQUIRED_ROLE_POLICIES", "baseline-" + SUFFIX,
        "TAG_POLICY_ROLES", "tagged-ok-" + SUFFIX + ",arn:aws:iam::123456789012:role/tagged-bare-" + SUFFIX);

    Collected c = collect("M2.B", pins);

    assertThat(c.all(TagPolicyConformance.class)).extracting(t -> t.resource().replaceAll(".*[:/]", "") + " "
        + t.missingTags() + " " + t.missingPolicyAttachments())
        .containsExactlyInAnyOrder("evidence-" + SUFFIX + " [] []", "tagged-ok-" + SUFFIX + " [] []",
            "tagged-bare-" + SUFFIX + " [] [baseline-" + SUFFIX + "]",
            c.all(TagPolicyConformance.class).stream().filter(t -> t.resource().contains(":kms:")).findFirst()
                .map(t -> t.resource().replaceAll(".*[:/]", "")).orElse("kms key") + " [owner] []");
  }

  @Test
  void tagPolicyConformance_noResourceTaggedForTheStackFailsClosed() {
    Collected c = collect("M2.B", Map.of("TF_STACK_CORE_DIR", "core", "TAG_POLICY_STACK_TAG_KEY", "absent-" + SUFFIX,
        "TAG_POLICY_REQUIRED_TAGS", "project"));

    c.hasError("tag_policy_conformance", ErrorType.NOT_FOUND);
    assertThat(c.all(TagPolicyConformance.class)).isEmpty();
  }

  @Test
  void evidenceLeakScan_cleanPrefixAndLeakyPrefix() {
    Map<String, Object> clean = Map.of("S3_EVIDENCE_BUCKET", "evidence-" + SUFFIX, "EVIDENCE_SCAN_PREFIX", "run_control/");
    PlaintextLeakScan ok = collect("M2.F", clean).all(PlaintextLeakScan.class).stream()
        .filter(s -> s.scope().startsWith("evidence:")).findFirst().orElseThrow();
    assertThat(ok.scannedItems()).isEqualTo(2);
    assertThat(ok.clean()).isTrue();

    Map<String, Object> leaky = Map.of("S3_EVIDENCE_BUCKET", "evidence-" + SUFFIX, "EVIDENCE_SCAN_PREFIX", "leaky/");
    Collected c = collect("M2.F", leaky);
    PlaintextLeakScan bad = c.all(PlaintextLeakScan.class).stream()
        .filter(s -> s.scope().startsWith("evidence:")).findFirst().orElseThrow();
    assertThat(bad.findings()).containsExactly("s3://evidence-" + SUFFIX + "/leaky/m2/debug.log (aws-access-key-id)");
    assertThat(new String(FactSets.toJson(c.factSet()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("ABCDEFGHIJKLMNOP");
  }
}
