package dev.gateadjudicator.result;

import dev.gateadjudicator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of adjudicating one fact set: typed results, and the artifacts of the lane's evidence contract
 * rendered as schema-checked JSON.
 *
 * @param outcome the verdict (for a non-gate lane, ADVANCE means the lane passed)
 * @param summary the execution summary
 * @param register the blocker register
 * @param rollup the rollup matrix (check results, and rolled-up lanes for a gate)
 * @param gateVerdict the gate verdict, or {@code null} for a non-gate lane
 * @param policy the policy's name
 * @param policyDigest SHA-256 of the policy
 * @param factSetDigest SHA-256 of the canonical fact set
 * @param artifacts artifact file name to UTF-8 JSON text, sorted by name
 * @param firedRules names of the rules that fired, sorted
 */
public record Adjudication(
    Verdict outcome,
    ExecutionSummary summary,
    BlockerRegister register,
    RollupMatrix rollup,
    GateVerdict gateVerdict,
    String policy,
    String policyDigest,
    String factSetDigest,
    SortedMap<String, String> artifacts,
    List<String> firedRules) {

  /** Copies the collections. */
  public Adjudication {
    artifacts = Collections.unmodifiableSortedMap(new TreeMap<>(artifacts));
    firedRules = List.copyOf(firedRules);
  }

  /**
   * The gate verdict, present for gate lanes.
   *
   * @return the verdict
   */
  public Optional<GateVerdict> verdict() {
    return Optional.ofNullable(gateVerdict);
  }

  /**
   * The CLI exit code: 0 passed or ADVANCE, 1 HOLD_REMEDIATE, 2 NO_GO_RESET_REQUIRED.
   *
   * @return the exit code
   */
  public int exitCode() {
    return outcome.exitCode();
  }

  /**
   * One artifact's bytes.
   *
   * @param file artifact file name
   * @return UTF-8 bytes
   * @throws IllegalArgumentException when the lane has no such artifact
   */
  public byte[] artifact(String file) {
    String text = artifacts.get(file);
    if (text == null) {
      throw new IllegalArgumentException("no artifact named `" + file + "`");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The typed results as one JSON document (summary, register, rollup, verdict).
   *
   * @return canonical pretty JSON
   */
  public String toJson() {
    Map<String, Object> doc = new TreeMap<>();
    doc.put("summary", summary);
    doc.put("register", register);
    doc.put("rollup", rollup);
    if (gateVerdict != null) {
      doc.put("verdict", gateVerdict);
    }
    return new String(Json.pretty(doc), StandardCharsets.UTF_8);
  }
}
