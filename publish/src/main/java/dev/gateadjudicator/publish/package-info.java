/**
 * Durable publish of an artifact set to S3: upload with SHA-256 checksums and the bucket's server-side
 * encryption, read every object back, compare it with the {@link dev.gateadjudicator.output.Manifest}, retry,
 * and write a {@code publish_receipt.json} that says whether the set read back durably. The engine does no
 * network I/O, so this lives in its own module.
 */
package dev.gateadjudicator.publish;
