package dev.gateadjudicator.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger on a real PostgreSQL server at {@code GATE_TEST_PG_URL} (CI starts one with
 * {@code scripts/start-test-postgres.sh}); skipped with a message when that is unset.
 */
class PostgresLedgerTest extends LedgerContract {
  static final String URL = System.getenv("GATE_TEST_PG_URL");

  @BeforeEach
  void server() {
    assumeThat(URL).as("GATE_TEST_PG_URL is unset: no PostgreSQL server configured, PostgreSQL ledger tests skipped")
        .isNotBlank();
  }

  @Override
  String freshUrl() throws Exception {
    dropLedgerTables(URL);
    return URL;
  }

  /**
   * Empties the test database of the ledger's tables.
   *
   * @param url the server
   * @throws Exception when it cannot
   */
  static void dropLedgerTables(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS reaudit_changes, reaudits, decisions, gate_ledger_schema_history");
    }
  }

  @Test
  void open_unreachableServer_failsWithoutThePassword() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/nothing?user=gate&password=hunter2&connectTimeout=2";
    assertThatThrownBy(() -> Ledger.open(url)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("ledger `jdbc:postgresql://127.0.0.1:" + port + "/nothing?user=gate&password=***")
        .hasMessageNotContaining("hunter2");
  }
}
