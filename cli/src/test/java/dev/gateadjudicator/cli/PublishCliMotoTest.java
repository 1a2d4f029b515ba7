package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.collect.testing.MotoExtension;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.publish.S3Publisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code gate adjudicate --publish} against moto on loopback; skipped when moto is not installed. */
@ExtendWith(TestCredentials.class)
class PublishCliMotoTest {
  @RegisterExtension
  static final MotoExtension MOTO = MotoExtension.withBuckets("fraud-evidence");

  @TempDir
  Path tmp;

  @Test
  void passingLane_publishesTheSetThatReadsBackByteForByte() throws Exception {
    S3Client s3 = MOTO.s3();
    Path out = tmp.resolve("out");
    GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture("edge/m6f_pass_strict"),
        "--out", out.toString(), "--publish", "s3://fraud-evidence/evidence/dev_full/run_control/",
        "--publish-endpoint", MOTO.endpoint().toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("published:  s3://fraud-evidence/evidence/dev_full/run_control/");
    Manifest m = Manifest.parse(Files.readAllBytes(out.resolve(Manifest.FILE)));
    String folder = "evidence/dev_full/run_control/" + m.executionId() + "/";
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals(Manifest.FILE)).toList()) {
        byte[] remote = s3.getObjectAsBytes(g -> g.bucket("fraud-evidence").key(folder + f.getFileName()))
            .asByteArray();
        assertThat(remote).as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
      }
    }
    // The published manifest lists the local artifacts plus the fact set, which is published beside them.
    Manifest published = Manifest.parse(s3.getObjectAsBytes(g -> g.bucket("fraud-evidence")
        .key(folder + Manifest.FILE)).asByteArray());
    assertThat(published.artifacts()).containsAll(m.artifacts()).hasSize(m.artifacts().size() + 1);
    byte[] factSet = s3.getObjectAsBytes(g -> g.bucket("fraud-evidence").key(folder + S3Publisher.FACT_SET))
        .asByteArray();
    assertThat(published.entry(S3Publisher.FACT_SET)).hasValueSatisfying(e -> assertThat(e.matches(factSet)).isTrue());
    assertThat(FactSets.parse(factSet).executionId()).isEqualTo(m.executionId());
    byte[] receipt = s3.getObjectAsBytes(g -> g.bucket("fraud-evidence").key(folder + S3Publisher.RECEIPT))
        .asByteArray();
    assertThat(Json.MAPPER.readTree(receipt).get("durable_readback_ok").asBoolean()).isTrue();
  }
}
