/**
 * Engine internals: schema validation, policy compilation and linting, the rule session and
 * artifact assembly. Not an API: anything here may change.
 */
package dev.gateadjudicator.internal;
