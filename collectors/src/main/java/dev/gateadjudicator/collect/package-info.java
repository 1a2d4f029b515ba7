/**
 * Collectors: read live fact sets from AWS and Kubernetes, failing closed.
 *
 * <p>{@link dev.gateadjudicator.collect.GateCollector#collect} reads the handle pins of a
 * {@link dev.gateadjudicator.collect.HandleRegistry}, runs every read the phase and lane need
 * concurrently under a deadline, and returns a schema-valid {@link dev.gateadjudicator.input.FactSet}.
 * A read that fails becomes a {@code collection_error} fact, never an exception and never a pass.
 *
 * <p>Those four types are the public API. The machinery beside them (AWS and Kubernetes clients, one class per
 * read, typed error classification, the concurrent runner with its deadline) is package-private, so the package
 * depends on nothing of its own but the engine's exported API.
 */
package dev.gateadjudicator.collect;
