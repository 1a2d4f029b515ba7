package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.HandleFormat;

/**
 * A policy-table row: a handle the current lane requires in a given shape, and the code (reported under
 * which check) that a missing, unpinned or malformed pin raises. Lets one lane route different handles
 * to different codes, as the P0 plan does.
 *
 * @param name handle name
 * @param format required shape
 * @param code the code a missing, unpinned or malformed pin raises
 * @param check the check to report it under
 * @param why which plan item requires it, for the register
 * @param routable whether a {@code TO_PIN} pin is accepted when a {@code lane_binding} routes the handle to M2.E
 */
public record HandleRequirement(
    String name, HandleFormat format, String code, String check, String why, boolean routable) {
  /**
   * A requirement row.
   *
   * @param name handle name
   * @param format required shape
   * @param code code raised on failure
   * @param check check reported under
   * @param why why it is required
   * @return the row
   */
  public static HandleRequirement of(String name, HandleFormat format, String code, String check, String why) {
    return new HandleRequirement(name, format, code, check, why, false);
  }

  /**
   * A requirement row for an identity handle whose materialization may be routed to M2.E.
   *
   * @param name handle name
   * @param format required shape
   * @param code code raised on failure
   * @param check check reported under
   * @param why why it is required
   * @return the row
   */
  public static HandleRequirement routable(String name, HandleFormat format, String code, String check, String why) {
    return new HandleRequirement(name, format, code, check, why, true);
  }
}
