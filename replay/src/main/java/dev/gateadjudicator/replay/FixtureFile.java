package dev.gateadjudicator.replay;

import java.util.List;

/** The JSON shape of {@code NAME.expected.json}. */
record FixtureFile(String description, String source, String policy, List<String> rollsUp, Expectation expect) {}
