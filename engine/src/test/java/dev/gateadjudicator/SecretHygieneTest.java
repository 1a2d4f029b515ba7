package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Secrets;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.output.Reports;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretHygieneTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final String FIXTURE = "m6f_p6b_streaming_active_20260225T163455Z";

  // Assembled at run time so that the source itself holds no credential-shaped literal.
  private static final String ACCESS_KEY = "AKIA" + "IOSFODNN7" + "EXAMPLE";
  private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
  private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2Vj" + "EMr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ";
  private static final String PRIVATE_KEY = "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEow";
  private static final String URL_PASSWORD = "https://svc:" + "hunter2" + "@broker.internal:9096/";

  @ParameterizedTest
  @CsvSource({
      "ACCESS_KEY, aws access key id",
      "SECRET_KEY, aws secret access key",
      "SESSION_TOKEN, aws session token",
      "PRIVATE_KEY, private key",
      "URL_PASSWORD, password in url"})
  void credentialInAHandle_isInvalidInputNamingThePath(String which, String kind) {
    ObjectNode tree = fixtureTree();
    ((ObjectNode) tree.get("handles")).put("EMR_EKS_EXECUTION_ROLE_ARN", secret(which));
    assertRejected(tree, "/handles/EMR_EKS_EXECUTION_ROLE_ARN", kind);
  }

  @Test
  void credentialInAFactField_isInvalidInputNamingThePath() {
    ObjectNode tree = fixtureTree();
    ((ObjectNode) tree.get("facts").get(0)).put("source", "emr-containers:DescribeJobRun key=" + SECRET_KEY);
    assertRejected(tree, "/facts/0/source", "aws-secret-access-key");
  }

  @Test
  void credentialInAnUnknownField_isReportedAsACredentialFirst() {
    ObjectNode tree = fixtureTree();
    tree.put("aws_credentials", ACCESS_KEY);
    assertRejected(tree, "/aws_credentials", "aws-access-key-id");
  }

  @Test
  void credentialInMalformedJson_isNotEchoedInTheError() {
    byte[] bytes = ("{\"fact_set_version\": 1, \"phase\": " + ACCESS_KEY + "}").getBytes();
    assertThatThrownBy(() -> FactSets.parse(bytes)).isInstanceOf(InvalidFactSetException.class)
        .hasMessageContaining("malformed json")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ACCESS_KEY));
  }

  @Test
  void digestsAndArns_areNotMistakenForCredentials() {
    assertThat(Secrets.find("3f786850e387550fdab836ed7e6dc881de23001b")).isEmpty();
    assertThat(Secrets.find("arn:aws:iam::123456789012:role/fraud-platform-dev-full-flink-execution")).isEmpty();
    assertThat(Secrets.find("s3://fraud-platform-evidence/evidence/dev_full/run_control/m6f_x/")).isEmpty();
    assertThat(Secrets.find("https://broker.internal:9096/path?user=svc")).isEmpty();
  }

  @Test
  void everyArtifactAndReportOfEveryFixture_holdsNoCredential() throws IOException {
    List<String> scanned = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    for (Path f : fixtures()) {
      Adjudication a = ENGINE.adjudicate(FactSets.parse(Files.readAllBytes(f)));
      List<String> outputs = new ArrayList<>(a.artifacts().values());
      outputs.add(new String(Manifest.of(a).toJson(), java.nio.charset.StandardCharsets.UTF_8));
      outputs.add(Reports.markdown(a));
      outputs.add(Reports.junit(a));
      outputs.add(Reports.html(a));
      outputs.add(a.toJson());
      for (String text : outputs) {
        scanned.add(f.getFileName().toString());
        Secrets.find(text).ifPresent(kind -> leaks.add(f.getFileName() + ": " + kind));
      }
    }
    assertThat(scanned).hasSizeGreaterThan(300);
    assertThat(leaks).isEmpty();
    assertThat(Secrets.find("report body " + SECRET_KEY + " end")).as("the scan can fail").isPresent();
  }

  private static void assertRejected(ObjectNode tree, String path, String kind) {
    byte[] bytes = Json.pretty(tree);
    assertThatThrownBy(() -> FactSets.parse(bytes))
        .isInstanceOfSatisfying(InvalidFactSetException.class, e -> assertThat(e.path()).isEqualTo(path))
        .hasMessageContaining(kind.replace(" ", "-"))
        .satisfies(e -> assertThat(Secrets.find(e.getMessage())).as("the message repeats no secret").isEmpty());
  }

  private static String secret(String which) {
    return switch (which) {
      case "ACCESS_KEY" -> ACCESS_KEY;
      case "SECRET_KEY" -> SECRET_KEY;
      case "SESSION_TOKEN" -> SESSION_TOKEN;
      case "PRIVATE_KEY" -> PRIVATE_KEY;
      case "URL_PASSWORD" -> URL_PASSWORD;
      default -> throw new IllegalArgumentException(which);
    };
  }

  private static ObjectNode fixtureTree() {
    try {
      return (ObjectNode) Json.MAPPER.readTree(TestFixtures.bytes(TestFixtures.p6(FIXTURE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.walk(TestFixtures.FIXTURES)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".factset.json"))
          .filter(p -> !p.toString().contains("/invalid/")).sorted().toList();
    }
  }
}
