package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: SARIF for code scanning, the version, help per command, standard input. */
class AdoptionCliTest {
  private static final String STRICT_RERUN = "m6f_p6b_streaming_active_20260225T163455Z";

  @TempDir
  Path tmp;

  @Test
  void sarif_locatesEveryResultInTheFactSetFile() throws IOException {
    Path sarif = tmp.resolve("gate.sarif");
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(STRICT_RERUN), "--sarif", sarif.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.at("/version").asText()).isEqualTo("2.1.0");
    assertThat(log.at("/runs/0/results").size()).isGreaterThanOrEqualTo(3);
    for (JsonNode result : log.at("/runs/0/results")) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo(Path.of(GateCliTest.fixture(STRICT_RERUN)).toUri().toString());
    }
  }

  @Test
  void help_ofACommandPrintsItsUsage() {
    GateCliTest.Run r = GateCliTest.gate("help", "adjudicate");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: gate adjudicate").contains("--sarif").contains("Exit codes:");
  }

  @Test
  void version_printsTheBuildVersionAndThePolicyDigest() {
    GateCliTest.Run r = GateCliTest.gate("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("gate-adjudicator " + dev.gateadjudicator.support.BuildInfo.version())
        .containsPattern("default policy sha256:[0-9a-f]{64}");
    assertThat(dev.gateadjudicator.support.BuildInfo.version()).isNotEqualTo("unknown").contains("0.1.0");
  }

  @Test
  void dash_readsTheFactSetFromStandardInput() throws IOException {
    java.io.InputStream old = System.in;
    try {
      System.setIn(Files.newInputStream(Path.of(GateCliTest.fixture(STRICT_RERUN))));
      GateCliTest.Run r = GateCliTest.gate("adjudicate", "-", "--out", tmp.resolve("out").toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(tmp.resolve("out/m6f_blocker_register.json")).exists();
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void replay_ofAnEmptyFolderFails() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    GateCliTest.Run r = GateCliTest.gate("replay", empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("no fixtures").contains(empty.toString());
  }

  @Test
  void template_overridesTheMarkdownReport() throws IOException {
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve("summary.md.mustache"), "# {{lane}} {{headline}}\n");
    Path md = tmp.resolve("s.md");
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(STRICT_RERUN), "--summary-md", md.toString(),
        "--template", templates.toString(), "--github-step-summary", "");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(md)).isEqualTo("# M6.F HOLD_REMEDIATE\n");
  }
}
