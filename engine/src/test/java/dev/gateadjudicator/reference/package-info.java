/**
 * Independent reference evaluators of the phases, written in plain Java from the plans' text, for differential
 * tests against the engine.
 */
package dev.gateadjudicator.reference;
