package dev.gateadjudicator.replay;

import java.nio.file.Path;

/**
 * A fixture: a fact set ({@code NAME.factset.json}) and, beside it, its expected outcome
 * ({@code NAME.expected.json}).
 *
 * @param name the path of the fixture below the replayed folder, without suffix
 * @param factSet the fact-set file
 * @param description what the scenario is
 * @param source where in the plans it comes from
 * @param policy the bundled policy it is judged under ({@code default} unless it says otherwise)
 * @param expect what it expects
 */
public record Fixture(
    String name, Path factSet, String description, String source, String policy, Expectation expect) {}
