package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.CommandReceipt;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Stack;
import dev.gateadjudicator.fact.StackOutput;
import dev.gateadjudicator.fact.StackRoot;
import dev.gateadjudicator.fact.TerraformCommand;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform stack roots, command receipts and saved outputs read from disk. */
class TerraformReceiptsTest {
  private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

  @TempDir
  Path tmp;

  private Collected collect(String lane, Map<String, Object> handles, Path receipts) {
    CollectionSettings s = new CollectionSettings("eu-west-2", null, NOWHERE, Map.of(), NOWHERE, Duration.ofSeconds(30),
        Duration.ofSeconds(180), 1);
    CollectionRequest r = new CollectionRequest("P0", lane, "tf_test", null, Instant.parse("2026-02-22T20:38:51Z"), null,
        new HandleRegistry("tf", new TreeMap<>(handles)), null, receipts);
    return new Collected(GateCollector.collect(r, s, l -> { }));
  }

  private Path write(String path, String text) throws IOException {
    Path p = tmp.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void stackRoots_backendAndDeclarationsAreCounted() throws IOException {
    write("infra/core/main.tf", """
        terraform {
          backend "s3" {}
        }
        # resource "aws_commented_out" "x" {}
        resource "aws_s3_bucket" "evidence" {}
        module "network" { source = "./network" }
        """);
    write("infra/streaming/main.tf", "terraform {\n  backend \"s3\" {}\n}\n");
    Map<String, Object> h = Map.of(
        "TF_STACK_CORE_DIR", tmp.resolve("infra/core").toString(),
        "TF_STACK_STREAMING_DIR", tmp.resolve("infra/streaming").toString(),
        "TF_STACK_RUNTIME_DIR", tmp.resolve("infra/runtime").toString(),
        "TF_STACK_DATA_ML_DIR", "TO_PIN",
        "TF_STACK_OPS_DIR", tmp.resolve("infra/ops").toString());

    Collected c = collect("M2.A", h, null);

    Map<Stack, StackRoot> roots = new TreeMap<>();
    c.all(StackRoot.class).forEach(r -> roots.put(r.stack(), r));
    assertThat(roots.get(Stack.CORE).materialized()).isTrue();
    assertThat(roots.get(Stack.CORE).resourceDeclarations()).isEqualTo(2);
    assertThat(roots.get(Stack.STREAMING).backendReady()).isTrue();
    assertThat(roots.get(Stack.STREAMING).materialized()).isFalse();
    assertThat(roots.get(Stack.RUNTIME).dirExists()).isFalse();
    assertThat(roots).doesNotContainKey(Stack.DATA_ML);
    c.hasError("stack_root", ErrorType.UNKNOWN);
  }

  @Test
  void receiptsAndOutputs_areReadWithoutValues() throws IOException {
    write("receipts/core/1-init.receipt.json", "{\"stack\":\"core\",\"command\":\"init\",\"exit_code\":0}");
    write("receipts/core/2-plan.receipt.json", "{\"stack\":\"core\",\"command\":\"plan\",\"exit_code\":2,"
        + "\"detailed_exit_code\":2,\"to_add\":12,\"to_change\":0,\"to_destroy\":0}");
    write("receipts/core/output.json", "{\"kms_key_alias_platform\":{\"sensitive\":false,\"type\":\"string\","
        + "\"value\":\"alias/fraud-platform\"},\"s3_evidence_bucket\":{\"sensitive\":true,\"type\":\"string\","
        + "\"value\":\"secret-looking-value\"},\"empty_one\":{\"sensitive\":false,\"type\":\"string\",\"value\":\"\"}}");
    Map<String, Object> h = Map.of("TF_STACK_CORE_DIR", tmp.resolve("infra/core").toString(),
        "KMS_KEY_ALIAS_PLATFORM", "alias/fraud-platform");

    Collected c = collect("M2.B", h, tmp.resolve("receipts"));

    assertThat(c.all(CommandReceipt.class)).extracting(CommandReceipt::command)
        .containsExactlyInAnyOrder(TerraformCommand.INIT, TerraformCommand.PLAN);
    assertThat(c.all(CommandReceipt.class)).allMatch(CommandReceipt::succeeded);
    assertThat(c.all(StackOutput.class)).extracting(StackOutput::name, StackOutput::present, StackOutput::handle)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("kms_key_alias_platform", true, "KMS_KEY_ALIAS_PLATFORM"),
            org.assertj.core.groups.Tuple.tuple("s3_evidence_bucket", true, "S3_EVIDENCE_BUCKET"),
            org.assertj.core.groups.Tuple.tuple("empty_one", false, null));
    assertThat(new String(FactSets.toJson(c.factSet()), StandardCharsets.UTF_8)).doesNotContain("secret-looking-value");
  }

  @Test
  void malformedOrMissingReceipts_areTypedErrors() throws IOException {
    write("receipts/core/plan.receipt.json", "{\"stack\":\"core\",\"command\":\"plan\",\"exit_code\":\"two\"}");
    Map<String, Object> h = Map.of("TF_STACK_CORE_DIR", tmp.resolve("infra/core").toString());

    Collected c = collect("M2.B", h, tmp.resolve("receipts"));

    c.hasError("command_receipt", ErrorType.MALFORMED).hasError("stack_output", ErrorType.NOT_FOUND);
    assertThat(c.all(CommandReceipt.class)).isEmpty();
  }
}
