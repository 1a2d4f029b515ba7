/**
 * The evidence ledger: every adjudication recorded by decision id in SQLite or PostgreSQL, a phase's timeline,
 * re-audit bookkeeping, and import of published artifact sets. It uses the engine's public API only; the engine
 * itself does no I/O.
 */
package dev.gateadjudicator.ledger;
