package dev.gateadjudicator.ledger;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.FindingEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One recorded adjudication. Nothing here comes from the clock: the same judgement of the same fact set under the
 * same policy is the same decision, with the same {@link #decisionId()}.
 *
 * @param decisionId SHA-256 of policy digest, fact-set digest and lane
 * @param phase phase
 * @param lane lane
 * @param executionId execution id
 * @param platformRunId platform run id, or {@code null}
 * @param capturedAt when the fact set was captured
 * @param policyName policy name
 * @param policyDigest SHA-256 of the policy
 * @param factSetDigest SHA-256 of the canonical fact set
 * @param outcome {@code ADVANCE}, {@code HOLD_REMEDIATE} or {@code NO_GO_RESET_REQUIRED}
 * @param verdict the gate verdict label, or {@code null} for a non-gate lane
 * @param overallPass whether the lane passed
 * @param nextGate the next gate
 * @param blockerCodes active codes, sorted
 * @param raisingRules the rules that raised a finding (active or waived), sorted: what re-audit explains with
 * @param decidedBy the verdict rules behind a gate verdict
 * @param rollsUp for a gate, the execution ids of the {@code lane_result} facts it rolled up, sorted
 * @param supersedes earlier executions of the same lane and platform run known when this was recorded, sorted
 * @param artifactsLocation where the artifacts were written or published, or {@code null}
 * @param factSetLocation where the fact set was written or published, or {@code null}
 * @param factSetGzip the canonical fact set, gzip-compressed, or {@code null} when only referenced
 * @param recordedBy the command that recorded it ({@code adjudicate}, {@code run}, {@code replay}, {@code import})
 */
public record Decision(
    String decisionId,
    String phase,
    String lane,
    String executionId,
    String platformRunId,
    Instant capturedAt,
    String policyName,
    String policyDigest,
    String factSetDigest,
    String outcome,
    String verdict,
    boolean overallPass,
    String nextGate,
    List<String> blockerCodes,
    List<String> raisingRules,
    List<String> decidedBy,
    List<String> rollsUp,
    List<String> supersedes,
    String artifactsLocation,
    String factSetLocation,
    byte[] factSetGzip,
    String recordedBy) {

  /** Copies the lists. */
  public Decision {
    blockerCodes = List.copyOf(blockerCodes);
    raisingRules = List.copyOf(raisingRules);
    decidedBy = List.copyOf(decidedBy);
    rollsUp = List.copyOf(rollsUp);
    supersedes = List.copyOf(supersedes);
  }

  /**
   * The decision an adjudication stands for, with its fact set stored compressed.
   *
   * @param a the adjudication
   * @param factSet the fact set it judged (for a gate, with its {@code lane_result} facts)
   * @param artifactsLocation where its artifacts went, or {@code null}
   * @param factSetLocation where its fact set went, or {@code null}
   * @param recordedBy the recording command
   * @return the decision
   */
  public static Decision of(Adjudication a, FactSet factSet, String artifactsLocation, String factSetLocation,
      String recordedBy) {
    TreeSet<String> rules = new TreeSet<>();
    for (Blocker b : a.register().blockers()) {
      b.findings().stream().map(FindingEntry::rule).forEach(rules::add);
    }
    for (Blocker b : a.register().waived()) {
      b.findings().stream().map(FindingEntry::rule).forEach(rules::add);
    }
    TreeSet<String> rolled = new TreeSet<>();
    factSet.facts().stream().filter(LaneResult.class::isInstance)
        .forEach(f -> rolled.add(((LaneResult) f).executionId()));
    var s = a.summary();
    return new Decision(decisionId(a.policyDigest(), a.factSetDigest(), s.lane()), s.phase(), s.lane(),
        s.executionId(), factSet.platformRunId(), s.capturedAt(), a.policy(), a.policyDigest(), a.factSetDigest(),
        a.outcome().name(), s.verdict(), s.overallPass(), s.nextGate(), s.blockerCodes(), List.copyOf(rules),
        a.verdict().map(v -> v.decidedBy()).orElse(List.of()), List.copyOf(rolled), List.of(), artifactsLocation,
        factSetLocation, gzip(FactSets.toJson(factSet)), recordedBy);
  }

  /**
   * The decision id: SHA-256 over the policy digest, the fact-set digest and the lane.
   *
   * @param policyDigest policy digest
   * @param factSetDigest fact-set digest
   * @param lane lane
   * @return 64 hex digits
   */
  public static String decisionId(String policyDigest, String factSetDigest, String lane) {
    return sha256(policyDigest + "\n" + factSetDigest + "\n" + lane);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The outcome as {@code diff} labels it: the gate verdict, or {@code PASS} / {@code HOLD_REMEDIATE} for a lane.
   *
   * @return the label
   */
  public String label() {
    return verdict != null ? verdict : overallPass ? "PASS" : "HOLD_REMEDIATE";
  }

  /**
   * Whether this is a pass: a lane that passed, or a gate that advanced.
   *
   * @return true on a pass or ADVANCE
   */
  public boolean passed() {
    return "ADVANCE".equals(outcome);
  }

  /**
   * The stored fact set, parsed again (schema-checked).
   *
   * @return the fact set, or {@code null} when only its location is recorded
   */
  public FactSet factSet() {
    return factSetGzip == null ? null : FactSets.parse(gunzip(factSetGzip));
  }

  /**
   * This decision with the earlier executions it supersedes.
   *
   * @param ids execution ids, sorted
   * @return the copy
   */
  public Decision withSupersedes(List<String> ids) {
    return new Decision(decisionId, phase, lane, executionId, platformRunId, capturedAt, policyName, policyDigest,
        factSetDigest, outcome, verdict, overallPass, nextGate, blockerCodes, raisingRules, decidedBy, rollsUp,
        ids, artifactsLocation, factSetLocation, factSetGzip, recordedBy);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return gz.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
