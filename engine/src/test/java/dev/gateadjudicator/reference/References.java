package dev.gateadjudicator.reference;

import java.util.List;

/** Every reference evaluator the differential test compares the engine with, one per phase. */
final class References {
  private References() {}

  /** @return the references, one per phase */
  static List<Reference> all() {
    return List.of(new P6Reference());
  }
}
