/**
 * The fact model: one record per fact kind (snake_case on the wire, validated in compact constructors, the kind
 * named by {@code @JsonTypeName}) and the handle pins; the envelope that carries them is
 * {@code dev.gateadjudicator.input.FactSet}. Collectors produce these; rules read them (every DRL file imports this
 * package), so the package is open to all but exported only to the project's own modules: JSON is the contract for
 * everyone else. The model holds no I/O: {@code dev.gateadjudicator.FactSets} reads and writes it as JSON, so this
 * package depends on neither the engine nor its internals.
 */
package dev.gateadjudicator.fact;
