package dev.gateadjudicator.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An evidence ledger on SQLite or PostgreSQL: {@link #open(String)} migrates the schema (Flyway, the scripts under
 * {@code db/ledger}), {@link #record(Decision)} inserts a decision once by its id ({@code INSERT ... ON CONFLICT
 * DO NOTHING}, so concurrent writers neither lose nor duplicate a decision), and the readers return what is
 * recorded. Every failure is a {@link LedgerException} naming the ledger by its redacted URL.
 */
public final class Ledger implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String COLUMNS = "decision_id, phase, lane, execution_id, platform_run_id, captured_at, "
      + "policy_name, policy_digest, fact_set_digest, outcome, verdict, overall_pass, next_gate, blocker_codes, "
      + "raising_rules, decided_by, rolls_up, supersedes, artifacts_location, fact_set_location, fact_set_gzip, "
      + "recorded_by";

  private final LedgerUrl url;
  private final String password;
  private final Connection connection;

  private Ledger(LedgerUrl url, String password, Connection connection) {
    this.url = url;
    this.password = password;
    this.connection = connection;
  }

  /**
   * Opens a ledger, creating or migrating its schema.
   *
   * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..]}
   * @return the ledger
   * @throws LedgerException when it cannot be reached or migrated
   * @throws IllegalArgumentException when the URL is neither
   */
  public static Ledger open(String jdbcUrl) {
    LedgerUrl url = new LedgerUrl(jdbcUrl);
    Credentials c = Credentials.split(url.url());
    try {
      Flyway.configure().dataSource(c.url(), c.user(), c.password()).locations("classpath:db/ledger")
          .table("gate_ledger_schema_history").load().migrate();
      Properties props = new Properties();
      if (c.user() != null) {
        props.setProperty("user", c.user());
      }
      if (c.password() != null) {
        props.setProperty("password", c.password());
      }
      Connection conn = DriverManager.getConnection(c.url(), props);
      if (url.sqlite()) {
        try (Statement st = conn.createStatement()) {
          st.execute("PRAGMA busy_timeout = 30000");
        }
      }
      conn.setAutoCommit(true);
      return new Ledger(url, c.password(), conn);
    } catch (SQLException | FlywayException e) {
      throw new LedgerException("ledger `" + url.redacted() + "` cannot be opened: " + scrub(e, c.password()));
    }
  }

  /**
   * The ledger's URL without passwords.
   *
   * @return the redacted URL
   */
  public String name() {
    return url.redacted();
  }

  /**
   * Records a decision unless one with its id is already recorded. It first looks up the earlier executions of
   * the same phase, lane and platform run, and records them as superseded by this one.
   *
   * @param d the decision
   * @return true when it was new, false when it was already recorded
   * @throws LedgerException when the write fails
   */
  public boolean record(Decision d) {
    try {
      TreeSet<String> earlier = new TreeSet<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT execution_id, captured_at, platform_run_id FROM decisions WHERE phase = ? AND lane = ?")) {
        ps.setString(1, d.phase());
        ps.setString(2, d.lane());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            boolean sameRun = Objects.equals(rs.getString(3), d.platformRunId());
            if (sameRun && Instant.parse(rs.getString(2)).isBefore(d.capturedAt())) {
              earlier.add(rs.getString(1));
            }
          }
        }
      }
      Decision withEarlier = d.withSupersedes(List.copyOf(earlier));
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO decisions (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (decision_id) DO NOTHING")) {
        bind(ps, withEarlier);
        return ps.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw failure("cannot record decision " + d.decisionId().substring(0, 12), e);
    }
  }

  /**
   * Every recorded decision of a phase (or of every phase), ordered by lane, capture time and execution id.
   *
   * @param phase the phase, or {@code null} for all
   * @return the decisions, with their stored fact sets
   * @throws LedgerException when the read fails
   */
  public List<Decision> decisions(String phase) {
    String sql = "SELECT " + COLUMNS + " FROM decisions" + (phase == null ? "" : " WHERE phase = ?");
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (phase != null) {
        ps.setString(1, phase);
      }
      List<Decision> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      out.sort(Comparator.comparing(Decision::phase).thenComparing(Decision::lane)
          .thenComparing(Decision::capturedAt).thenComparing(Decision::executionId)
          .thenComparing(Decision::decisionId));
      return out;
    } catch (SQLException e) {
      throw failure("cannot read decisions", e);
    }
  }

  /**
   * Records a re-audit and the decisions it changed, once by its id.
   *
   * @param r the re-audit
   * @return true when it was new
   * @throws LedgerException when the write fails
   */
  public boolean record(Reaudit r) {
    try {
      connection.setAutoCommit(false);
      try {
        boolean fresh;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO reaudits (reaudit_id, phase, "
            + "policy_name, policy_digest, judged, reopened, now_passing) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (reaudit_id) DO NOTHING")) {
          ps.setString(1, r.reauditId());
          ps.setString(2, r.phase());
          ps.setString(3, r.policyName());
          ps.setString(4, r.policyDigest());
          ps.setInt(5, r.judged());
          ps.setInt(6, (int) r.changes().stream().filter(Reaudit.Change::reopened).count());
          ps.setInt(7, (int) r.changes().stream().filter(c -> !c.reopened()).count());
          fresh = ps.executeUpdate() == 1;
        }
        if (fresh) {
          try (PreparedStatement ps = connection.prepareStatement("INSERT INTO reaudit_changes (reaudit_id, "
              + "decision_id, change_kind, new_outcome, new_codes) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (reaudit_id, decision_id) DO NOTHING")) {
            for (Reaudit.Change c : r.changes()) {
              ps.setString(1, r.reauditId());
              ps.setString(2, c.decisionId());
              ps.setString(3, c.reopened() ? Reaudit.REOPENED : Reaudit.NOW_PASSES);
              ps.setString(4, c.newLabel());
              ps.setString(5, json(c.newCodes()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        connection.commit();
        return fresh;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("cannot record re-audit " + r.reauditId().substring(0, 12), e);
    }
  }

  /**
   * The recorded re-audit changes: for each decision a recorded re-audit changed, the kind of change and the
   * policy that made it.
   *
   * @return the changes, ordered by decision id then policy digest
   * @throws LedgerException when the read fails
   */
  public List<RecordedChange> reauditChanges() {
    String sql = "SELECT c.decision_id, c.change_kind, c.new_outcome, r.policy_name, r.policy_digest "
        + "FROM reaudit_changes c JOIN reaudits r ON r.reaudit_id = c.reaudit_id "
        + "ORDER BY c.decision_id, r.policy_digest";
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      List<RecordedChange> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new RecordedChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read re-audits", e);
    }
  }

  /**
   * A decision a recorded re-audit changed.
   *
   * @param decisionId the decision
   * @param kind {@code REOPENED} or {@code NOW_PASSES}
   * @param newLabel the outcome under the re-audit's policy
   * @param policyName that policy's name
   * @param policyDigest that policy's digest
   */
  public record RecordedChange(String decisionId, String kind, String newLabel, String policyName,
      String policyDigest) {}

  /**
   * The decision with this id.
   *
   * @param decisionId the id
   * @return the decision, if recorded
   */
  public Optional<Decision> decision(String decisionId) {
    return decisions(null).stream().filter(d -> d.decisionId().equals(decisionId)).findFirst();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("cannot close", e);
    }
  }

  private LedgerException failure(String what, SQLException e) {
    return new LedgerException("ledger `" + url.redacted() + "`: " + what + ": " + scrub(e, password));
  }

  private static String scrub(Exception e, String password) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = LedgerUrl.redact(m.lines().findFirst().orElse(m));
    return password == null || password.isEmpty() ? m : m.replace(password, "***");
  }

  private static void bind(PreparedStatement ps, Decision d) throws SQLException {
    int i = 1;
    ps.setString(i++, d.decisionId());
    ps.setString(i++, d.phase());
    ps.setString(i++, d.lane());
    ps.setString(i++, d.executionId());
    ps.setString(i++, d.platformRunId());
    ps.setString(i++, d.capturedAt().toString());
    ps.setString(i++, d.policyName());
    ps.setString(i++, d.policyDigest());
    ps.setString(i++, d.factSetDigest());
    ps.setString(i++, d.outcome());
    ps.setString(i++, d.verdict());
    ps.setBoolean(i++, d.overallPass());
    ps.setString(i++, d.nextGate());
    ps.setString(i++, json(d.blockerCodes()));
    ps.setString(i++, json(d.raisingRules()));
    ps.setString(i++, json(d.decidedBy()));
    ps.setString(i++, json(d.rollsUp()));
    ps.setString(i++, json(d.supersedes()));
    ps.setString(i++, d.artifactsLocation());
    ps.setString(i++, d.factSetLocation());
    ps.setBytes(i++, d.factSetGzip());
    ps.setString(i, d.recordedBy());
  }

  private static Decision read(ResultSet rs) throws SQLException {
    return new Decision(rs.getString("decision_id"), rs.getString("phase"), rs.getString("lane"),
        rs.getString("execution_id"), rs.getString("platform_run_id"), Instant.parse(rs.getString("captured_at")),
        rs.getString("policy_name"), rs.getString("policy_digest"), rs.getString("fact_set_digest"),
        rs.getString("outcome"), rs.getString("verdict"), rs.getBoolean("overall_pass"), rs.getString("next_gate"),
        list(rs.getString("blocker_codes")), list(rs.getString("raising_rules")), list(rs.getString("decided_by")),
        list(rs.getString("rolls_up")), list(rs.getString("supersedes")), rs.getString("artifacts_location"),
        rs.getString("fact_set_location"), rs.getBytes("fact_set_gzip"), rs.getString("recorded_by"));
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JDBC URL split into the URL without its password, and the user and password passed apart. */
  private record Credentials(String url, String user, String password) {
    static Credentials split(String url) {
      int q = url.indexOf('?');
      if (q < 0 || url.startsWith("jdbc:sqlite:")) {
        return new Credentials(url, null, null);
      }
      String user = null;
      String password = null;
      List<String> kept = new ArrayList<>();
      for (String p : url.substring(q + 1).split("&")) {
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("password=")) {
          password = java.net.URLDecoder.decode(p.substring(9), java.nio.charset.StandardCharsets.UTF_8);
        } else if (lower.startsWith("user=")) {
          user = java.net.URLDecoder.decode(p.substring(5), java.nio.charset.StandardCharsets.UTF_8);
        } else {
          kept.add(p);
        }
      }
      return new Credentials(url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)), user,
          password);
    }
  }
}
