/**
 * The one Jackson configuration of the project, below everything that reads or writes JSON (the result records
 * included). Not exported: code outside the engine reaches it through {@code dev.gateadjudicator.support.Canonical}.
 */
package dev.gateadjudicator.json;
