/**
 * Test support for users' own suites: {@link dev.gateadjudicator.testing.GateFixtures} turns a folder of fixtures into
 * JUnit 5 dynamic tests, {@link dev.gateadjudicator.testing.FixtureSource} feeds them to a parameterized test, and
 * {@link dev.gateadjudicator.testing.AdjudicationAssert} asserts on an adjudication fluently.
 */
package dev.gateadjudicator.testing;
