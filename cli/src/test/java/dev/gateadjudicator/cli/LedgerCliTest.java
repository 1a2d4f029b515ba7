package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.P6;
import static dev.gateadjudicator.cli.GateCliTest.ROOT;
import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run: the P6 plan's recorded executions adjudicated into a fresh ledger (the legacy-policy
 * ones under {@code rules/legacy-p6}, the 155035Z rollup replayed with the lanes it rolls up), then {@code history}
 * shows them in order with the rollup and the superseded runs, and {@code reaudit} under {@code rules/default}
 * reopens exactly 143900Z, 152755Z and the 155035Z rollup. On SQLite always; on PostgreSQL when
 * {@code GATE_TEST_PG_URL} names a server.
 */
class LedgerCliTest {
  static final String M6F = "m6f_p6b_streaming_active_20260225T";
  static final String ROLLUP = "m6g_p6c_gate_rollup_20260225T155035Z";
  static final List<String> LANES = List.of("m6e_p6a_stream_entry_20260225T044348Z",
      "m6e_p6a_stream_entry_20260225T044618Z", "m6e_p6a_stream_entry_20260225T120522Z", M6F + "121536Z",
      M6F + "143900Z", M6F + "152755Z", M6F + "163455Z", M6F + "171938Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void p6PlanInSqlite_historyInOrder_reauditReopensTheLegacyPassesAndTheirRollup() throws Exception {
    acceptance("jdbc:sqlite:" + tmp.resolve("ledger.db"));
  }

  @Test
  void p6PlanInPostgres_historyInOrder_reauditReopensTheLegacyPassesAndTheirRollup() throws Exception {
    String url = System.getenv("GATE_TEST_PG_URL");
    assumeThat(url).as("GATE_TEST_PG_URL is unset: no PostgreSQL server configured, PostgreSQL ledger test skipped")
        .isNotBlank();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS reaudit_changes, reaudits, decisions, gate_ledger_schema_history");
    }
    acceptance(url);
  }

  private void acceptance(String url) throws Exception {
    for (String lane : LANES) {
      List<String> args = new ArrayList<>(List.of("adjudicate", P6.resolve(lane + ".factset.json").toString(),
          "--out", tmp.resolve(lane).toString(), "--ledger", url));
      if ("legacy-p6".equals(JSON.readTree(P6.resolve(lane + ".expected.json").toFile()).path("policy").asText())) {
        args.addAll(List.of("--rules", ROOT.resolve("rules/legacy-p6").toString()));
      }
      GateCliTest.Run r = gate(args.toArray(String[]::new));
      assertThat(r.exit()).as(lane + ": " + r.err()).isBetween(0, 1);
      assertThat(r.err()).contains("ledger:     1 recorded, 0 already there");
    }
    GateCliTest.Run replay = gate("replay", P6.resolve(ROLLUP + ".factset.json").toString(), "--ledger", url);
    assertThat(replay.exit()).as(replay.out()).isZero();
    assertThat(gate("adjudicate", P6.resolve(LANES.get(0) + ".factset.json").toString(), "--ledger", url).err())
        .as("the same judgement again").contains("ledger:     0 recorded, 1 already there");

    GateCliTest.Run history = gate("history", "--phase", "P6", "--json", "--ledger", url);
    assertThat(history.exit()).isZero();
    JsonNode rows = JSON.readTree(history.out()).path("decisions");
    List<String> order = new ArrayList<>();
    rows.forEach(r -> order.add(r.path("execution_id").asText() + " " + r.path("outcome").asText() + " "
        + r.path("status").asText()));
    assertThat(order).containsExactly(
        LANES.get(0) + " HOLD_REMEDIATE superseded", LANES.get(1) + " HOLD_REMEDIATE superseded",
        LANES.get(2) + " PASS effective",
        M6F + "121536Z HOLD_REMEDIATE superseded", M6F + "143900Z PASS superseded", M6F + "152755Z PASS superseded",
        M6F + "163455Z HOLD_REMEDIATE superseded", M6F + "171938Z HOLD_REMEDIATE effective",
        ROLLUP + " ADVANCE_TO_P7 effective");
    JsonNode rollup = rows.get(8);
    assertThat(rollup.path("rolls_up").toString()).contains(M6F + "152755Z", LANES.get(2));
    assertThat(rows.get(5).path("superseded_by").asText()).isEqualTo(M6F + "163455Z");
    assertThat(gate("history", "--phase", "P6", "--lane", "M6.F", "--ledger", url).out())
        .contains(M6F + "143900Z").doesNotContain(ROLLUP).doesNotContain("m6e_");

    GateCliTest.Run reaudit = gate("reaudit", "--rules", ROOT.resolve("rules/default").toString(), "--phase", "P6",
        "--record", "--ledger", url);
    assertThat(reaudit.exit()).as(reaudit.out() + reaudit.err()).isEqualTo(1);
    Matcher m = Pattern.compile("(?m)^(REOPENED|NOW PASS) +\\S+ (\\S+)$").matcher(reaudit.out());
    List<String> changed = new ArrayList<>();
    while (m.find()) {
      changed.add(m.group(1) + " " + m.group(2));
    }
    assertThat(changed).containsExactly("REOPENED " + M6F + "143900Z", "REOPENED " + M6F + "152755Z",
        "REOPENED " + ROLLUP);
    assertThat(reaudit.out())
        .contains("raised only under the new policy: \"M6P6-B2 stream lane not RUNNING\"")
        .contains("via rolled-up M6.F " + M6F + "152755Z: PASS")
        .contains("reaudit: 9 judged, 3 reopened, 0 now pass, 0 skipped");

    JsonNode after = JSON.readTree(gate("history", "--phase", "P6", "--json", "--ledger", url).out());
    List<String> reopened = new ArrayList<>();
    after.path("decisions").forEach(r -> {
      if (r.path("reopened").asBoolean()) {
        reopened.add(r.path("execution_id").asText());
      }
    });
    assertThat(reopened).containsExactly(M6F + "143900Z", M6F + "152755Z", ROLLUP);
    Path page = tmp.resolve("history.html");
    assertThat(gate("history", "--phase", "P6", "--html", page.toString(), "--ledger", url).exit()).isZero();
    assertThat(Files.readString(page)).contains("<h2>M6.G</h2>").contains("reopened");
  }

  @Test
  void ledgerUnreachable_exits64AfterWritingArtifacts_withoutThePassword() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/ledger?user=ci&password=hunter2&connectTimeout=2";
    Path out = tmp.resolve("out");
    GateCliTest.Run r = gate("adjudicate", P6.resolve(M6F + "163455Z.factset.json").toString(), "--out",
        out.toString(), "--ledger", url);
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("gate: ledger `jdbc:postgresql://127.0.0.1:" + port + "/ledger?user=ci&password=***")
        .doesNotContain("hunter2");
    assertThat(r.out()).doesNotContain("hunter2");
    assertThat(out.resolve("manifest.json")).exists();

    GateCliTest.Run optional = gate("adjudicate", P6.resolve(M6F + "163455Z.factset.json").toString(), "--ledger",
        url, "--ledger-optional");
    assertThat(optional.exit()).isEqualTo(1);
    assertThat(optional.err()).contains("--ledger-optional: continuing").doesNotContain("hunter2");
  }

  @Test
  void history_withoutLedger_exits64NamingTheOption() {
    GateCliTest.Run r = gate("history", "--phase", "P6", "--ledger", "");
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("no ledger: give `--ledger jdbc:sqlite:FILE` or set `GATE_LEDGER`");
  }
}
