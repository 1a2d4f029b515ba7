/**
 * The engine's input: the {@link dev.gateadjudicator.input.FactSet} envelope of one lane execution. Read one from its
 * JSON contract ({@code schemas/factset.schema.json}) with {@code dev.gateadjudicator.FactSets}; the facts it carries
 * are the fact model of {@code dev.gateadjudicator.fact}, which DRL rules see. It depends on the fact model only.
 */
package dev.gateadjudicator.input;
