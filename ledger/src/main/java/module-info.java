/**
 * The evidence ledger. It reads only what the engine and publish export. The JDBC drivers (SQLite, PostgreSQL) are
 * found by {@link java.sql.DriverManager} at run time, so nothing here requires them.
 */
module dev.gateadjudicator.ledger {
  requires transitive dev.gateadjudicator.engine;
  requires transitive dev.gateadjudicator.publish;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires flyway.core; // flyway-core 13 declares no module name: the name derives from the file name
  requires software.amazon.awssdk.core;
  requires transitive software.amazon.awssdk.services.s3;

  exports dev.gateadjudicator.ledger;
}
