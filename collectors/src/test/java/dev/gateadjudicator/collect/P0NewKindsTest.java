package dev.gateadjudicator.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.gateadjudicator.fact.DestroyRecoverRehearsal;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.KmsAlias;
import dev.gateadjudicator.fact.LaneBinding;
import dev.gateadjudicator.fact.PlaintextLeakScan;
import dev.gateadjudicator.fact.Stack;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five P0 kinds that used to fail as "not collected": KMS against WireMock answers shaped after the KMS API
 * reference (JSON 1.1, {@code TrentService.*}), the topic ownership table of a registry file, the Terraform output
 * leak scan and the rehearsal receipts on disk.
 */
class P0NewKindsTest {
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir
  Path tmp;

  private Collected collect(String lane, Path registry, Map<String, Object> pins) {
    URI e = URI.create(WM.baseUrl());
    HandleRegistry reg = registry != null ? HandleRegistry.read(registry) : new HandleRegistry("inline", new TreeMap<>(pins));
    return new Collected(GateCollector.collect(
        new CollectionRequest("P0", lane, "new_kinds", null, Instant.parse("2026-02-22T20:40:11Z"), null, reg, null, tmp),
        new CollectionSettings("eu-west-2", null, e, Map.of(), e, Duration.ofSeconds(5), Duration.ofSeconds(30), 1),
        l -> { }));
  }

  private static void kms(String target, int status, String body) {
    WM.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService." + target))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body)));
  }

  private static void aliases() {
    kms("ListAliases", 200, "{\"Aliases\":[{\"AliasName\":\"alias/aws/s3\",\"AliasArn\":\"arn:aws:kms:eu-west-2:123456789012:alias/aws/s3\"},"
        + "{\"AliasName\":\"alias/fraud-platform-dev-full\",\"AliasArn\":\"arn:aws:kms:eu-west-2:123456789012:alias/fraud-platform-dev-full\","
        + "\"TargetKeyId\":\"" + KEY_ID + "\"}],\"Truncated\":false}");
  }

  private static void key(boolean enabled, String state) {
    kms("DescribeKey", 200, "{\"KeyMetadata\":{\"AWSAccountId\":\"123456789012\",\"KeyId\":\"" + KEY_ID + "\","
        + "\"Arn\":\"arn:aws:kms:eu-west-2:123456789012:key/" + KEY_ID + "\",\"Enabled\":" + enabled + ","
        + "\"KeyState\":\"" + state + "\",\"KeyUsage\":\"ENCRYPT_DECRYPT\",\"CreationDate\":1.7E9}}");
  }

  @Test
  void kmsAlias_enabledKeyIsUsable() {
    aliases();
    key(true, "Enabled");

    KmsAlias a = collect("M2.B", null, Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/fraud-platform-dev-full")).only(KmsAlias.class);

    assertThat(a.alias()).isEqualTo("alias/fraud-platform-dev-full");
    assertThat(a.usable()).isTrue();
  }

  @Test
  void kmsAlias_keyPendingDeletionIsNotUsable() {
    aliases();
    key(false, "PendingDeletion");

    KmsAlias a = collect("M2.B", null, Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/fraud-platform-dev-full")).only(KmsAlias.class);

    assertThat(a.exists()).isTrue();
    assertThat(a.usable()).isFalse();
  }

  @Test
  void kmsAlias_accessDeniedIsATypedError() {
    kms("ListAliases", 400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}");

    Collected c = collect("M2.B", null, Map.of("KMS_KEY_ALIAS_PLATFORM", "alias/fraud-platform-dev-full"));

    c.hasError("kms_alias", ErrorType.ACCESS_DENIED);
    assertThat(c.all(KmsAlias.class)).isEmpty();
  }

  @Test
  void laneBinding_markdownTableRows() throws Exception {
    Path reg = tmp.resolve("handles.md");
    Files.writeString(reg, String.join("\n",
        "# registry",
        "- `ROLE_FLINK_EXECUTION` = `fraud-platform-dev-full-flink`",
        "",
        "| topic_handle | producer_role_handle | consumer_role_handles | routed_role_handles |",
        "|---|---|---|---|",
        "| `FP_BUS_CONTROL_V1` | `ROLE_STEP_FUNCTIONS_ORCHESTRATOR` | `ROLE_FLINK_EXECUTION`, `ROLE_LAMBDA_IG_EXECUTION` | - |",
        "| `FP_BUS_AUDIT_V1` | `ROLE_FLINK_EXECUTION` | | `ROLE_FLINK_EXECUTION` |",
        ""));

    Collected c = collect("M2.D", reg, null);

    assertThat(c.all(LaneBinding.class)).extracting(b -> b.topicHandle() + " " + b.producerRoleHandle() + " "
        + b.consumerRoleHandles() + " " + b.routedRoleHandles())
        .containsExactlyInAnyOrder(
            "FP_BUS_CONTROL_V1 ROLE_STEP_FUNCTIONS_ORCHESTRATOR [ROLE_FLINK_EXECUTION, ROLE_LAMBDA_IG_EXECUTION] []",
            "FP_BUS_AUDIT_V1 ROLE_FLINK_EXECUTION [] [ROLE_FLINK_EXECUTION]");
  }

  @Test
  void laneBinding_jsonTable() throws Exception {
    Path reg = tmp.resolve("handles.json");
    Files.writeString(reg, "{\"handles\": {\"A\": 1}, \"topic_ownership\": [{\"topic_handle\": \"FP_BUS_RTDL_V1\","
        + " \"producer_role_handle\": \"ROLE_FLINK_EXECUTION\", \"consumer_role_handles\": [\"ROLE_DDB_IG_IDEMPOTENCY_RW\"]}]}");

    LaneBinding b = collect("M2.D", reg, null).only(LaneBinding.class);

    assertThat(b.topicHandle()).isEqualTo("FP_BUS_RTDL_V1");
    assertThat(b.consumerRoleHandles()).containsExactly("ROLE_DDB_IG_IDEMPOTENCY_RW");
  }

  @Test
  void laneBinding_registryWithoutTheTableFailsClosed() throws Exception {
    Path reg = tmp.resolve("handles.md");
    Files.writeString(reg, "- `A` = `1`\n");

    collect("M2.D", reg, null).hasError("lane_binding", ErrorType.NOT_FOUND);
  }

  @Test
  void laneBinding_malformedRowNamesItsLine() throws Exception {
    Path reg = tmp.resolve("handles.md");
    Files.writeString(reg, "| topic_handle | producer_role_handle | consumer_role_handles |\n|---|---|---|\n| `T` | | |\n");

    Collected c = collect("M2.D", reg, null);

    c.hasError("lane_binding", ErrorType.MALFORMED);
    assertThat(c.errors()).anySatisfy(e -> assertThat(e.message()).contains("line 3"));
  }

  @Test
  void leakScan_outputsNameLocationsNeverValues() throws Exception {
    Files.createDirectories(tmp.resolve("core"));
    Files.createDirectories(tmp.resolve("ops"));
    Files.writeString(tmp.resolve("core/output.json"), "{\"bucket\": {\"sensitive\": false, \"type\": \"string\","
        + " \"value\": \"fraud-platform-dev-full-evidence\"}, \"db_url\": {\"sensitive\": true, \"type\": \"string\","
        + " \"value\": \"postgres://app:hunter22@db.internal:5432/app\"}}");
    Files.writeString(tmp.resolve("ops/output.json"), "{\"dashboard\": {\"sensitive\": false, \"type\": \"string\","
        + " \"value\": \"ops\"}}");

    Collected c = collect("M2.F", null, Map.of());

    PlaintextLeakScan s = c.all(PlaintextLeakScan.class).stream()
        .filter(x -> x.scope().equals("terraform_output:all_stacks")).findFirst().orElseThrow();
    assertThat(s.scannedItems()).isEqualTo(3);
    assertThat(s.findings()).containsExactly("core output db_url (password-in-url)");
    assertThat(new String(FactSets.toJson(c.factSet()), StandardCharsets.UTF_8)).doesNotContain("hunter22");
    c.hasError("plaintext_leak_scan", ErrorType.UNKNOWN);
  }

  @Test
  void leakScan_noSavedOutputsIsNotFound() {
    collect("M2.F", null, Map.of()).hasError("plaintext_leak_scan", ErrorType.NOT_FOUND);
  }

  @Test
  void rehearsal_receiptsPerListedStack() throws Exception {
    Files.createDirectories(tmp.resolve("core"));
    Files.createDirectories(tmp.resolve("ops"));
    Files.writeString(tmp.resolve("core/rehearsal.json"), "{\"stack\": \"core\", \"destroy_exit_code\": 0,"
        + " \"recover_exit_code\": 0, \"post_recover_plan_detailed_exit_code\": 0, \"state_integrity_ok\": true,"
        + " \"residuals\": []}");
    Files.writeString(tmp.resolve("ops/rehearsal.json"), "{\"stack\": \"ops\", \"destroy_exit_code\": 0,"
        + " \"recover_exit_code\": 1, \"post_recover_plan_detailed_exit_code\": 2, \"state_integrity_ok\": true,"
        + " \"residuals\": [\"aws_cloudwatch_dashboard.ops\"]}");

    Collected c = collect("M2.I", null, Map.of("DESTROY_RECOVER_REHEARSAL_STACKS", "core,ops,runtime"));

    DestroyRecoverRehearsal core = c.all(DestroyRecoverRehearsal.class).stream().filter(r -> r.stack() == Stack.CORE)
        .findFirst().orElseThrow();
    assertThat(core.completed() && core.clean()).isTrue();
    DestroyRecoverRehearsal ops = c.all(DestroyRecoverRehearsal.class).stream().filter(r -> r.stack() == Stack.OPS)
        .findFirst().orElseThrow();
    assertThat(ops.recovered()).isFalse();
    assertThat(ops.driftDetected()).isTrue();
    assertThat(ops.residuals()).containsExactly("aws_cloudwatch_dashboard.ops");
    c.hasError("destroy_recover_rehearsal", ErrorType.NOT_FOUND);
  }

  @Test
  void rehearsal_receiptForAnotherStackIsMalformed() throws Exception {
    Files.createDirectories(tmp.resolve("core"));
    Files.writeString(tmp.resolve("core/rehearsal.json"), "{\"stack\": \"ops\"}");

    collect("M2.I", null, Map.of("DESTROY_RECOVER_REHEARSAL_STACKS", "core"))
        .hasError("destroy_recover_rehearsal", ErrorType.MALFORMED);
  }
}
