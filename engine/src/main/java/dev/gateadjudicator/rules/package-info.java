/**
 * The vocabulary DRL rules see besides the facts: the execution context, requirement and derived facts, and the
 * {@code findings} and {@code decisions} globals rules raise blockers and decide verdicts into.
 */
package dev.gateadjudicator.rules;
