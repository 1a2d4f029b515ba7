package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Secrets;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The credential rules data file: every rule's examples, the kinds it must cover, linear scanning, extension. */
class CredentialRulesTest {
  private static final Path FILE = TestFixtures.ROOT.resolve("rules/credentials.json");

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode r : Json.MAPPER.readTree(Files.readAllBytes(FILE)).get("rules")) {
      String id = r.get("id").textValue();
      r.at("/examples/positive").forEach(e -> out.add(Arguments.of(id, e.textValue(), true)));
      r.at("/examples/negative").forEach(e -> out.add(Arguments.of(id, e.textValue(), false)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {2}: {1}")
  @MethodSource("examples")
  void everyRule_matchesItsPositiveAndNotItsNegativeExamples(String id, String example, boolean positive) {
    Secrets.Rule rule = Secrets.defaults().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    Secrets only = Secrets.defaults();
    if (positive) {
      assertThat(only.scan(example)).as("some rule catches it").isPresent();
      assertThat(ruleMatches(rule, example)).as("rule `%s` catches it", id).isTrue();
    } else {
      assertThat(ruleMatches(rule, example)).as("rule `%s` lets it through", id).isFalse();
    }
  }

  @Test
  void everyRule_hasAPositiveAndANegativeExample() throws IOException {
    for (JsonNode r : Json.MAPPER.readTree(Files.readAllBytes(FILE)).get("rules")) {
      assertThat(r.at("/examples/positive").size()).as(r.get("id").textValue()).isPositive();
      assertThat(r.at("/examples/negative").size()).as(r.get("id").textValue()).isPositive();
    }
  }

  @Test
  void theCommonCredentialKinds_areCaught() {
    // assembled at run time so that the source holds no credential-shaped literal
    String b36 = "0123456789abcdefghijABCDEFGHIJ012345";
    List<String> credentials = new ArrayList<>();
    for (String p : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
      credentials.add(p + b36);
    }
    credentials.add("github" + "_pat_" + "11ABCDEFG0" + b36 + b36);
    credentials.add("xox" + "b-123456789012-1234567890123-AbCdEfGhIjKl");
    credentials.add("https://hooks.slack.com/" + "services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX");
    credentials.add("ey" + "JhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdmMifQ.c2lnbmF0dXJl");
    credentials.add("AI" + "za" + "SyA" + b36.substring(0, 32));
    credentials.add("sk_" + "live_" + b36);
    credentials.add("rk_" + "live_" + b36);
    credentials.add("Authorization: " + "Bearer " + "abc.DEF-123_456");
    credentials.add("jdbc:postgresql://db/x?pwd" + "=hunter22");
    credentials.add("password" + "=hunter22");
    credentials.add("MIIE" + "owIBAAKCAQEAs3" + "b36");
    credentials.add("k8s-" + "aws-v1." + "aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8");
    for (String p : new String[] {"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA"}) {
      credentials.add(p + "Q7ZZEXAMPLE23456");
    }
    for (String c : credentials) {
      assertThat(Secrets.find(c)).as("caught").isPresent();
    }
  }

  @Test
  void aHandleNameShapedLikeAnAccessKey_isInvalidInputNamingItsPath() throws IOException {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(TestFixtures.bytes(TestFixtures.p6(
        "m6f_p6b_streaming_active_20260225T163455Z")));
    String name = "AKIA" + "Q7ZZEXAMPLE23456";
    ((ObjectNode) tree.get("handles")).put(name, "x");
    assertThatThrownBy(() -> FactSets.parse(Json.pretty(tree)))
        .isInstanceOfSatisfying(InvalidFactSetException.class,
            e -> assertThat(e.path()).isEqualTo("/handles/" + name))
        .hasMessageContaining("aws-access-key-id")
        .satisfies(e -> assertThat(e.getMessage().replace("/handles/" + name, "")).doesNotContain(name));
  }

  @Test
  void adversarialMegabyteStrings_areScannedToTheEnd() {
    List<String> texts = List.of("AKIA".repeat(250_000), "eyJ".repeat(333_333), "://".repeat(333_333) + ":",
        "a".repeat(1_000_000), "password ".repeat(111_111), "Bearer ".repeat(140_000), "xoxb-ab ".repeat(125_000),
        "MII".repeat(333_333), "A1/".repeat(333_333));
    for (String t : texts) {
      long start = System.nanoTime();
      assertThat(Secrets.find(t)).isEmpty();
      System.out.printf("scan of %d chars (%s...): %d ms%n", t.length(), t.substring(0, 6),
          (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(Secrets.find("x".repeat(1_000_000) + "AKIA" + "Q7ZZEXAMPLE23456")).contains("aws-access-key-id");
  }

  @Test
  void aPolicyFolderCredentialsFile_addsRules(@TempDir Path tmp) throws IOException {
    Path policy = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("policy"));
    Files.writeString(policy.resolve("credentials.json"), """
        {"credential_rules_version": 1, "rules": [{"id": "acme-token", "description": "ACME API token",
          "prefixes": ["acme_"], "parts": [{"class": "[a-f0-9]", "min": 16}],
          "examples": {"positive": ["acme_0123456789abcdef"], "negative": ["acme_short"]}}]}
        """);
    GateEngine engine = GateEngine.fromPolicyDirectory(policy);
    assertThat(engine.credentialIn("token acme_0123456789abcdef0")).contains("acme-token");
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(TestFixtures.bytes(TestFixtures.p6(
        "m6f_p6b_streaming_active_20260225T163455Z")));
    ((ObjectNode) tree.get("handles")).put("EMR_EKS_EXECUTION_ROLE_ARN", "acme_0123456789abcdef");
    FactSet fs = FactSets.parse(Json.pretty(tree));
    assertThatThrownBy(() -> engine.adjudicate(fs)).isInstanceOfSatisfying(InvalidFactSetException.class,
        e -> assertThat(e.path()).isEqualTo("/handles/EMR_EKS_EXECUTION_ROLE_ARN")).hasMessageContaining("acme-token");
  }

  @Test
  void aPolicyCredentialsFileWhoseExampleFails_isAPolicyError(@TempDir Path tmp) throws IOException {
    Path policy = TestFixtures.copyPolicy(TestFixtures.DEFAULT_POLICY, tmp.resolve("policy"));
    Files.writeString(policy.resolve("credentials.json"), """
        {"credential_rules_version": 1, "rules": [{"id": "acme-token", "description": "ACME API token",
          "prefixes": ["acme_"], "parts": [{"class": "[a-f0-9]", "min": 16}],
          "examples": {"positive": ["acme_short"], "negative": ["nothing"]}}]}
        """);
    assertThatThrownBy(() -> GateEngine.fromPolicyDirectory(policy)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("acme-token");
  }

  private static boolean ruleMatches(Secrets.Rule rule, String text) {
    return Secrets.defaults().rules().stream().filter(r -> r == rule).count() == 1
        && Secrets.only(rule).scan(text).isPresent();
  }
}
