/**
 * Collectors: read live fact sets from AWS and Kubernetes, failing closed.
 *
 * <p>{@link dev.gateadjudicator.collect.GateCollector#collect} reads the handle pins of a
 * {@link dev.gateadjudicator.collect.HandleRegistry}, runs every read the phase and lane need
 * concurrently under a deadline, and returns a schema-valid {@link dev.gateadjudicator.input.FactSet}.
 * A read that fails becomes a {@code collection_error} fact, never an exception and never a pass.
 */
package dev.gateadjudicator.collect;
