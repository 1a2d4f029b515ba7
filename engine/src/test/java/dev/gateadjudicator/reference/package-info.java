/**
 * The adversarial proof: plain-Java reference evaluators written from the plans' text (not from the DRL), a
 * generator that mutates every passing fixture, and a differential test that fails on any false pass or any
 * disagreement between the engine and a reference.
 */
package dev.gateadjudicator.reference;
