package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.HandleFormat;
import java.util.List;

/**
 * A policy-table row, from the {@code required_handles} of the current lane in the phase's {@code taxonomy.json}:
 * a handle the lane requires in a given shape, and the code (reported under which check) that a missing,
 * unpinned or malformed pin raises. The row declares the code it raises; the policy linter checks it is in the
 * taxonomy. Lets one lane route different handles to different codes, as the P0 plan does.
 *
 * @param name handle name
 * @param format required shape
 * @param code the code a missing, unpinned or malformed pin raises
 * @param check the check to report it under, or {@code null} for the code's own
 * @param why which plan item requires it, for the register
 * @param routable whether a {@code TO_PIN} pin is accepted when a {@code lane_binding} routes the handle onward
 * @param whenHandle the handle whose pin makes the row apply, or {@code null} when it always applies
 * @param whenIn the pins of {@code whenHandle} that make the row apply
 */
public record HandleRequirement(String name, HandleFormat format, String code, String check, String why,
    boolean routable, String whenHandle, List<String> whenIn) {
  /** Copies the list. */
  public HandleRequirement {
    whenIn = whenIn == null ? List.of() : List.copyOf(whenIn);
  }

  /**
   * An unconditional requirement row.
   *
   * @param name handle name
   * @param format required shape
   * @param code code raised on failure
   * @param check check reported under
   * @param why why it is required
   * @return the row
   */
  public static HandleRequirement of(String name, HandleFormat format, String code, String check, String why) {
    return new HandleRequirement(name, format, code, check, why, false, null, List.of());
  }

  /**
   * Whether the row applies only under a condition on another handle.
   *
   * @return true when {@code whenHandle} is set
   */
  public boolean conditional() {
    return whenHandle != null;
  }

  /**
   * Whether a pin of {@code whenHandle} makes the row apply.
   *
   * @param pin the handle's text
   * @return true when it is one of {@code whenIn} (surrounding blanks ignored)
   */
  public boolean admits(String pin) {
    return pin != null && whenIn.contains(pin.trim());
  }
}
