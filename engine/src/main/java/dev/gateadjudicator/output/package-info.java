/**
 * Writing adjudications out: artifacts to a folder, each other output format in its own class.
 */
package dev.gateadjudicator.output;
