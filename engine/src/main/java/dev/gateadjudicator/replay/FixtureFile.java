package dev.gateadjudicator.replay;

/** The JSON shape of {@code NAME.expected.json}. */
record FixtureFile(String description, String source, String policy, Expectation expect) {}
