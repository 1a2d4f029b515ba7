package dev.gateadjudicator.rules;

/**
 * One piece of evidence a lane's policy data requires, from the lane's {@code required_evidence} in
 * {@code taxonomy.json}: for example the stack output {@code budget_name} of M2.H, or the scan scope family
 * {@code evidence} of M2.F's plaintext leak scans. Rules match it to raise a blocker when the evidence is absent.
 *
 * @param lane the lane, for example {@code M2.H}
 * @param kind the fact kind the evidence is, for example {@code stack_output}
 * @param name what must be present: an output name, a scope family
 */
public record RequiredEvidence(String lane, String kind, String name) {}
