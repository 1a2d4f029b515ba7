/**
 * What the project's own modules outside the engine (replay, publish, the ledger, collectors, the CLI) share with it:
 * the canonical JSON, digests and credential rules ({@link dev.gateadjudicator.support.Canonical}), crash-safe file
 * writes ({@link dev.gateadjudicator.support.AtomicFiles}) and the build's version
 * ({@link dev.gateadjudicator.support.BuildInfo}). Not an embedding API: the engine's module exports it only to those
 * modules by name.
 */
package dev.gateadjudicator.support;
