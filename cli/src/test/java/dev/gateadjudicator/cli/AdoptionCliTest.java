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
}
