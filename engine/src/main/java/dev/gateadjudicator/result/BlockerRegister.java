package dev.gateadjudicator.result;

import java.time.Instant;
import java.util.List;

/**
 * The blocker register of one lane execution: one entry per distinct active code, and the waived ones apart.
 *
 * @param phase phase
 * @param lane lane
 * @param executionId execution id
 * @param capturedAt capture time
 * @param blockerCount distinct active codes
 * @param blockers active blockers, by code
 * @param waived waived blockers, by code (visible, not counted)
 * @param waivers what became of each waiver in the fact set
 */
public record BlockerRegister(
    String phase,
    String lane,
    String executionId,
    Instant capturedAt,
    int blockerCount,
    List<Blocker> blockers,
    List<Blocker> waived,
    List<WaiverReport> waivers) {
  /** Copies the lists. */
  public BlockerRegister {
    blockers = List.copyOf(blockers);
    waived = List.copyOf(waived);
    waivers = List.copyOf(waivers);
  }

  /**
   * The active codes, sorted.
   *
   * @return the codes
   */
  public List<String> codes() {
    return blockers.stream().map(Blocker::code).toList();
  }
}
