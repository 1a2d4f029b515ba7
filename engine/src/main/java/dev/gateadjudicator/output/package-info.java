/**
 * What leaves the engine for people and machines: the atomic artifact set with its {@link
 * dev.gateadjudicator.output.Manifest}, and the Markdown, JUnit and HTML reports, each format in its own class.
 * Pure rendering and local files only; publishing to S3 lives in the {@code publish} module.
 */
package dev.gateadjudicator.output;
