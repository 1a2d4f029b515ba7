/**
 * Fixture replay for users' own JUnit 5 suites: dynamic tests, arguments and AssertJ assertions on adjudications.
 * JUnit and AssertJ are the user's (provided scope); they are required transitively because this API exposes them.
 */
module dev.gateadjudicator.testing {
  requires transitive dev.gateadjudicator.replay;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive org.assertj.core;

  exports dev.gateadjudicator.testing;
}
