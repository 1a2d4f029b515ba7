package dev.gateadjudicator.result;

import java.util.List;

/**
 * The result of one verification check of a lane, for example {@code P6-V3-LAG-POSTURE}.
 *
 * @param check the check id
 * @param status pass or fail
 * @param blockerCodes active codes of this check, sorted
 */
public record CheckResult(String check, CheckStatus status, List<String> blockerCodes) {
  /** Copies the codes. */
  public CheckResult {
    blockerCodes = List.copyOf(blockerCodes);
  }
}
