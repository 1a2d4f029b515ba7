package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.FactRef;
import java.util.List;

/** A fact that rules derive from input facts; it names the input facts it stands for. */
public interface Derived {
  /**
   * The input facts this derived fact stands for.
   *
   * @return references to them
   */
  List<FactRef> facts();
}
