package dev.gateadjudicator.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.Secrets;
import dev.gateadjudicator.output.ArtifactWriter;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The evidence options of {@code gate adjudicate}: reports, the job summary, publish with read-back. */
@ExtendWith(TestCredentials.class)
class EvidenceCliTest {
  private static final String STRICT_RERUN = "m6f_p6b_streaming_active_20260225T163455Z";
  private static final String PASS = "edge/m6f_pass_strict";
  private WireMockServer wm;

  @TempDir
  Path tmp;

  @AfterEach
  void stop() throws IOException {
    if (wm != null) {
      wm.stop();
    }
    assertThat(credentialsIn(tmp)).as("files this test wrote that hold a credential").isEmpty();
  }

  @Test
  void reports_showTheThreeBlockersAndAppendToTheJobSummary() throws IOException {
    Path step = tmp.resolve("step_summary.md");
    Files.writeString(step, "earlier step\n");
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(STRICT_RERUN),
        "--summary-md", tmp.resolve("s.md").toString(), "--junit", tmp.resolve("j.xml").toString(),
        "--html", tmp.resolve("r.html").toString(), "--github-step-summary", step.toString());

    assertThat(r.exit()).isEqualTo(1);
    String md = Files.readString(tmp.resolve("s.md"));
    assertThat(md).contains("<b>M6P6-B2</b> · S1", "<b>M6P6-B3</b> · S1", "<b>M6P6-B4</b> · S2")
        .contains("- remediation: Restore the active path's runtime substrate")
        .contains("- remediation: Measure lag from ig_admission_freshness_seconds");
    assertThat(Files.readString(step)).isEqualTo("earlier step\n" + md);
    assertThat(Files.readString(tmp.resolve("j.xml"))).contains("<testcase classname=\"gate.P6.M6.F\"")
        .contains("type=\"M6P6-B2,M6P6-B3\"");
    assertThat(Files.readString(tmp.resolve("r.html"))).contains("id=\"rollup-matrix\"");
  }

  @Test
  void corruptedObject_recordsB8ExitsOneAndTheSummaryNamesTheObject() throws IOException {
    Path out = tmp.resolve("out");
    String folder = startS3("evidence/dev_full/run_control/", "m6f_streaming_lag_posture.json");

    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(PASS), "--out", out.toString(),
        "--publish", "s3://evidence/evidence/dev_full/run_control/", "--publish-endpoint", wm.baseUrl(),
        "--summary-md", tmp.resolve("s.md").toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    String victim = "`" + folder + "m6f_streaming_lag_posture.json`";
    assertThat(r.err()).contains("did not read back durably").contains(victim);
    assertThat(r.out()).contains("M6P6-B8");
    assertThat(Files.readString(tmp.resolve("s.md"))).contains("<b>M6P6-B8</b> · S2").contains(victim);
    assertThat(Files.readString(out.resolve("m6f_execution_summary.json"))).contains("M6P6-B8")
        .contains("\"overall_pass\" : false");
    Manifest m = ArtifactWriter.verify(out);
    assertThat(m.outcome()).isEqualTo("HOLD_REMEDIATE");
  }

  @Test
  void storeThatAcceptsAndNeverAnswers_hitsThePublishDeadlineAndRecordsB8() throws IOException {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        while (!silent.isClosed()) {
          try {
            held.add(silent.accept()); // accepted, read from never, answered never
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      Path out = tmp.resolve("out");
      GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(PASS), "--out", out.toString(),
          "--publish", "s3://evidence/p/", "--publish-endpoint", "http://127.0.0.1:" + silent.getLocalPort(),
          "--publish-deadline", "2");
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).contains("did not finish within the deadline of 2 s");
      assertThat(r.out()).contains("M6P6-B8");
      assertThat(Files.readString(out.resolve("m6f_execution_summary.json"))).contains("M6P6-B8");
      for (java.net.Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void unreachableStore_recordsB8Too() throws IOException {
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(PASS),
        "--publish", "s3://evidence/p/", "--publish-endpoint", "http://127.0.0.1:9");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("M6P6-B8");
  }

  @Test
  void credentialInTheFactSet_exitsThreeNamingThePathAndPrintsNoSecret() throws IOException {
    String secret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
    Path fs = tmp.resolve("leaky.factset.json");
    Files.writeString(fs, Files.readString(Path.of(GateCliTest.fixture(PASS)))
        .replaceFirst("\"EMR_EKS_RELEASE_LABEL\": \"[^\"]*\"", "\"EMR_EKS_RELEASE_LABEL\": \"" + secret + "\""));
    GateCliTest.Run r = GateCliTest.gate("adjudicate", fs.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("`/handles/EMR_EKS_RELEASE_LABEL`").contains("aws-secret-access-key")
        .doesNotContain(secret);
    assertThat(tmp.resolve("out")).doesNotExist();
    Files.delete(fs);
  }

  @Test
  void publishInAPhaseWithoutADurablePublishBlocker_isAPolicyErrorBeforeAnythingIsWritten() throws IOException {
    Path rules = tmp.resolve("rules");
    copy(GateCliTest.ROOT.resolve("rules/default"), rules);
    Path taxonomy = rules.resolve("p6/taxonomy.json");
    Files.writeString(taxonomy, Files.readString(taxonomy).replace("\"durable_publish_blocker\": \"M6P6-B8\",", ""));
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(PASS), "--rules", rules.toString(),
        "--out", tmp.resolve("out").toString(), "--publish", "s3://evidence/p/");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("`durable_publish_blocker`");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /**
   * WireMock answering as S3: every upload accepted, every object read back as uploaded except one.
   *
   * @return the key prefix of the execution's set
   */
  private String startS3(String prefix, String corrupt) throws IOException {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    wm.stubFor(any(urlPathMatching("/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/xml")
        .withBody("<Error><Code>NoSuchKey</Code><Message>NoSuchKey</Message></Error>")));
    wm.stubFor(any(urlPathMatching("/evidence/.+")).atPriority(5).withHeader("x-amz-checksum-sha256",
        com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
        .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"0\"")));
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathMatching("/evidence/.+"))
        .willReturn(aResponse().withStatus(204)));
    FactSet fs = FactSets.parse(Files.readAllBytes(Path.of(GateCliTest.fixture(PASS))));
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(fs);
    String folder = prefix + a.summary().executionId() + "/";
    for (var e : EvidenceOptions.publishedFiles(a, fs).entrySet()) {
      byte[] body = e.getKey().equals(corrupt) ? "{\"altered\":true}\n".getBytes() : e.getValue();
      wm.stubFor(get(urlPathEqualTo("/evidence/" + folder + e.getKey())).willReturn(aResponse().withStatus(200)
          .withBody(body)));
    }
    wm.stubFor(get(urlPathEqualTo("/evidence/" + folder + Manifest.FILE)).willReturn(aResponse().withStatus(200)
        .withBody(EvidenceOptions.publishedManifest(a, fs).toJson())));
    return folder;
  }

  /** Every file below a folder that looks like it holds a credential. */
  static List<String> credentialsIn(Path root) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Secrets.find(Files.readString(f)).ifPresent(kind -> hits.add(root.relativize(f) + ": " + kind));
      }
    }
    return hits;
  }
}
