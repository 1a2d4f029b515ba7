/**
 * What leaves the engine for people and machines: the atomic artifact set with its {@link
 * dev.gateadjudicator.output.Manifest} ({@link dev.gateadjudicator.output.ArtifactWriter}), and the Markdown, JUnit,
 * HTML and SARIF reports behind one entry point ({@link dev.gateadjudicator.output.Reports}), each format in its own
 * package-private class. Pure rendering and local files only; publishing to S3 lives in the {@code publish} module.
 */
package dev.gateadjudicator.output;
