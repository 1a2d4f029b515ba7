/**
 * The fact model: the fact-set envelope, one record per fact kind (snake_case on the wire, validated in
 * compact constructors, the kind named by {@code @JsonTypeName}), and the handle pins. Collectors produce these;
 * rules read them. The model holds no I/O: {@code dev.gateadjudicator.FactSets} reads and writes it as JSON, so
 * this package depends on neither the engine nor its internals.
 */
package dev.gateadjudicator.fact;
