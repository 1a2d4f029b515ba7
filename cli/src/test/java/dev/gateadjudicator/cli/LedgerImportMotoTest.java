package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.collect.testing.MotoExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code gate ledger import} of sets {@code --publish} wrote to moto on loopback: digests checked against each
 * manifest, a tampered set refused by name, the rest imported with their fact sets so they can be re-audited.
 * Skipped when moto is not installed.
 */
@ExtendWith(TestCredentials.class)
class LedgerImportMotoTest {
  private static final String BUCKET = "ledger-import";
  private static final String PREFIX = "s3://" + BUCKET + "/evidence/p6/";
  @RegisterExtension
  static final MotoExtension MOTO = MotoExtension.withBuckets(BUCKET);

  @TempDir
  Path tmp;

  @Test
  void importPublishedSets_recordsThemReplayably_andRefusesATamperedOneByName() throws Exception {
    String endpoint = MOTO.endpoint().toString();
    String m6f = LedgerCliTest.M6F;
    for (String run : new String[] {"143900Z", "152755Z", "171938Z"}) {
      GateCliTest.Run r = GateCliTest.gate("adjudicate", GateCliTest.fixture(m6f + run), "--rules",
          GateCliTest.ROOT.resolve(run.equals("171938Z") ? "rules/default" : "rules/legacy-p6").toString(),
          "--publish", PREFIX, "--publish-endpoint", endpoint);
      assertThat(r.err()).as(run).contains("published:  " + PREFIX + m6f + run + "/");
    }
    String tampered = "evidence/p6/" + m6f + "171938Z/m6f_blocker_register.json";
    MOTO.s3().putObject(p -> p.bucket(BUCKET).key(tampered), RequestBody.fromString("{\"blockers\":[]}\n"));

    String ledger = "jdbc:sqlite:" + tmp.resolve("ledger.db");
    GateCliTest.Run imported = GateCliTest.gate("ledger", "import", PREFIX, "--endpoint", endpoint, "--ledger",
        ledger);
    assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(3);
    assertThat(imported.err()).contains("refused: `s3://" + BUCKET + "/" + tampered
        + "` does not match its SHA-256 or size in the manifest");
    assertThat(imported.out()).contains("imported M6.F " + m6f + "143900Z PASS")
        .contains("import: 3 sets, 2 imported, 0 already recorded, 1 refused");

    GateCliTest.Run again = GateCliTest.gate("ledger", "import", PREFIX, "--endpoint", endpoint, "--ledger", ledger);
    assertThat(again.out()).contains("import: 3 sets, 0 imported, 2 already recorded, 1 refused");

    GateCliTest.Run reaudit = GateCliTest.gate("reaudit", "--rules",
        GateCliTest.ROOT.resolve("rules/default").toString(), "--ledger", ledger);
    assertThat(reaudit.exit()).isEqualTo(1);
    assertThat(reaudit.out()).contains("REOPENED M6.F " + m6f + "143900Z", "REOPENED M6.F " + m6f + "152755Z")
        .contains("reaudit: 2 judged, 2 reopened");
  }
}
