/**
 * The fact model: the fact-set envelope, one record per fact kind (snake_case on the wire, validated in
 * compact constructors), and the handle pins. Collectors produce these; rules read them.
 */
package dev.gateadjudicator.fact;
