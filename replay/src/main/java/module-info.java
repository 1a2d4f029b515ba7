/**
 * Fixture replay, shared by the CLI and the testing module. It reads only what the engine exports; its records are
 * open to Jackson, which binds expected-outcome files to them.
 */
module dev.gateadjudicator.replay {
  requires transitive dev.gateadjudicator.engine;

  exports dev.gateadjudicator.replay;

  opens dev.gateadjudicator.replay to com.fasterxml.jackson.databind;
}
