package dev.gateadjudicator.replay;

import dev.gateadjudicator.result.Adjudication;
import java.util.List;

/**
 * The outcome of replaying one fixture.
 *
 * @param fixture the fixture
 * @param exitCode the exit code the adjudication produced
 * @param adjudication the adjudication, or {@code null} when the input was invalid or the policy broken
 * @param error the error message, or {@code null}
 * @param mismatches what differed from the expectation; empty when it matched
 * @param chain for a gate fixture that rolls up lane fact sets, the lanes' adjudications in order
 */
public record ReplayResult(
    Fixture fixture,
    int exitCode,
    Adjudication adjudication,
    String error,
    List<String> mismatches,
    List<Adjudication> chain) {
  /** Copies the lists. */
  public ReplayResult {
    mismatches = List.copyOf(mismatches);
    chain = List.copyOf(chain);
  }

  /**
   * Whether the fixture's expectation held.
   *
   * @return true on a match
   */
  public boolean matched() {
    return mismatches.isEmpty();
  }
}
