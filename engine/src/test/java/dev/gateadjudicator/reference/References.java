package dev.gateadjudicator.reference;

import java.util.List;

/** Every reference evaluator the differential tests compare the engine with, one per phase. */
public final class References {
  private References() {}

  /**
   * The references, one per phase.
   *
   * @return them
   */
  public static List<Reference> all() {
    return List.of(new P0Reference(), new P6Reference());
  }
}
