package dev.gateadjudicator.result;

import java.time.Instant;
import java.util.List;

/**
 * A gate lane's verdict artifact, with the digests that make it reproducible.
 *
 * @param phase phase
 * @param lane gate lane
 * @param executionId execution id
 * @param capturedAt capture time
 * @param verdict verdict label, for example {@code ADVANCE_TO_P7}
 * @param nextGate next gate
 * @param overallPass true only for an ADVANCE
 * @param blockerCount distinct active codes
 * @param blockerCodes those codes
 * @param residualCodes active codes that did not block (carried as residuals under an ADVANCE)
 * @param decidedBy the verdict rule(s) that decided it, sorted
 * @param policy the policy's name
 * @param policyDigest SHA-256 of the policy (rules and taxonomy)
 * @param factSetDigest SHA-256 of the canonical fact set
 */
public record GateVerdict(
    String phase,
    String lane,
    String executionId,
    Instant capturedAt,
    String verdict,
    String nextGate,
    boolean overallPass,
    int blockerCount,
    List<String> blockerCodes,
    List<String> residualCodes,
    List<String> decidedBy,
    String policy,
    String policyDigest,
    String factSetDigest) {
  /** Copies the lists. */
  public GateVerdict {
    blockerCodes = List.copyOf(blockerCodes);
    residualCodes = List.copyOf(residualCodes);
    decidedBy = List.copyOf(decidedBy);
  }
}
