package dev.gateadjudicator.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The P0 fact kinds: each parses through the schema and the records, and unknown fields are refused. */
class P0FactContractTest {

  static Stream<String> p0Facts() {
    return Stream.of(
        """
        {"kind":"s3_bucket","bucket":"fraud-platform-dev-full-tfstate","role":"STATE","exists":true,
         "encryption_enabled":true,"versioning_enabled":true,"block_public_acls":true,"ignore_public_acls":true,
         "block_public_policy":true,"restrict_public_buckets":true}""",
        """
        {"kind":"lock_table","table":"fraud-platform-dev-full-tf-locks","exists":true,"status":"ACTIVE",
         "hash_key_name":"LockID","hash_key_type":"S"}""",
        """
        {"kind":"stack_root","stack":"core","dir":"infra/terraform/dev_full/core","dir_exists":true,
         "backend_configured":true,"resource_declarations":12}""",
        """
        {"kind":"command_receipt","stack":"core","command":"plan","post_apply":false,"exit_code":2,"detailed_exit_code":2,
         "to_add":14,"to_change":0,"to_destroy":0}""",
        """
        {"kind":"stack_output","stack":"core","name":"msk_client_subnet_ids","handle":"MSK_CLIENT_SUBNET_IDS",
         "present":true}""",
        """
        {"kind":"kms_alias","alias":"alias/fraud-platform-dev-full","exists":true,"key_enabled":true}""",
        """
        {"kind":"tag_policy_conformance","stack":"core","resource":"fraud-platform-dev-full-evidence",
         "missing_tags":[],"missing_policy_attachments":[]}""",
        """
        {"kind":"msk_cluster","name":"fraud-platform-dev-full-msk","arn":"arn:aws:kafka:eu-west-2:1:cluster/x/y",
         "state":"ACTIVE","mode":"SERVERLESS","auth_mode":"SASL_IAM","bootstrap_brokers_present":true}""",
        """
        {"kind":"ssm_parameter","path":"/fraud-platform/dev_full/msk/bootstrap_brokers","exists":true,
         "type":"SecureString","version":1}""",
        """
        {"kind":"schema_registry","name":"fraud-platform-dev-full","exists":true,"compatibility":"BACKWARD",
         "anchor_schema_present":true}""",
        """
        {"kind":"lane_binding","topic_handle":"FP_BUS_CONTROL_V1","producer_role_handle":"ROLE_STEP_FUNCTIONS_ORCHESTRATOR",
         "consumer_role_handles":["ROLE_FLINK_EXECUTION"]}""",
        """
        {"kind":"state_machine","name":"fraud-platform-dev-full-sr-ready","arn":"arn:aws:states:eu-west-2:1:stateMachine:sr",
         "status":"ACTIVE"}""",
        """
        {"kind":"iam_role","handle":"ROLE_FLINK_EXECUTION","arn":"arn:aws:iam::1:role/flink","exists":true}""",
        """
        {"kind":"secret_path","handle":"SSM_IG_API_KEY_PATH","path":"/fraud-platform/dev_full/ig/api_key",
         "exists":true,"readable":true}""",
        """
        {"kind":"plaintext_leak_scan","scope":"terraform_output:runtime","scanned_items":31,"findings":[]}""",
        """
        {"kind":"ops_surface","surface":"BUDGET","name":"fraud-platform-dev-full-monthly","queryable":true}""",
        """
        {"kind":"destroy_recover_rehearsal","stack":"ops","destroyed":true,"recovered":true,
         "state_integrity_ok":true,"drift_detected":false,"residuals":[]}""");
  }

  private static byte[] factSet(String fact) {
    return ("""
        {"fact_set_version":1,"phase":"P0","lane":"M2.A","execution_id":"m2a_test","captured_at":"2026-02-22T20:40:11Z",
         "handles":{},"facts":[%s]}""".formatted(fact)).getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("p0Facts")
  void p0Fact_parsesAndRoundTripsCanonically(String fact) {
    FactSet parsed = FactSets.parse(factSet(fact));

    assertThat(parsed.facts()).hasSize(1);
    assertThat(FactSets.parse(FactSets.toJson(parsed))).isEqualTo(parsed);
  }

  @ParameterizedTest
  @MethodSource("p0Facts")
  void p0Fact_withAnUnknownFieldIsRefused(String fact) {
    String withExtra = fact.replaceFirst("\\{", "{\"secret_value\":\"x\",");

    assertThatThrownBy(() -> FactSets.parse(factSet(withExtra)))
        .isInstanceOf(InvalidFactSetException.class)
        .hasMessageContaining("secret_value");
  }

  @Test
  void lockTable_conformsOnlyOnAnActiveStringLockIdKey() {
    assertThat(new LockTable(null, null, "t", true, "ACTIVE", "LockID", "S").terraformLockReady()).isTrue();
    assertThat(new LockTable(null, null, "t", true, "ACTIVE", "LockID", "N").terraformLockReady()).isFalse();
    assertThat(new LockTable(null, null, "t", true, "CREATING", "LockID", "S").terraformLockReady()).isFalse();
    assertThat(new LockTable(null, null, "t", false, null, null, null).terraformLockReady()).isFalse();
  }

  @Test
  void commandReceipt_planSucceedsWithChangesButNotOnAnError() {
    assertThat(plan(2, 2L).succeeded()).isTrue();
    assertThat(plan(0, 0L).succeeded()).isTrue();
    assertThat(plan(1, 1L).succeeded()).isFalse();
    assertThat(plan(0, 2L).succeeded()).isFalse();
    assertThat(plan(2, 2L).noDrift()).isFalse();
  }

  @Test
  void s3Bucket_oneOpenPublicAccessFlagBreaksThePosture() {
    assertThat(new S3Bucket(null, null, "b", BucketRole.STATE, true, true, true, true, true, false, true)
            .postureConformant())
        .isFalse();
  }

  @Test
  void stack_namesItsHandles() {
    assertThat(List.of(Stack.DATA_ML.dirHandle(), Stack.DATA_ML.stateKeyHandle(), Stack.DATA_ML.wireName()))
        .containsExactly("TF_STACK_DATA_ML_DIR", "TF_STATE_KEY_DATA_ML", "data_ml");
  }

  private static CommandReceipt plan(long exit, Long detailed) {
    return new CommandReceipt(null, null, Stack.CORE, TerraformCommand.PLAN, false, exit, detailed, null, null, null);
  }
}
