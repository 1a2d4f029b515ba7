package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.HandleFormat;

/**
 * A handle a rule requires to be pinned in a given shape. Rules insert these; other rules raise
 * blockers for the ones that are missing, unpinned or malformed.
 *
 * @param name handle name
 * @param format required shape
 * @param why which rule or plan item requires it, for the register
 */
public record RequiredHandle(String name, HandleFormat format, String why) {
  /**
   * A required handle.
   *
   * @param name handle name
   * @param format required shape
   * @param why why it is required
   * @return the requirement
   */
  public static RequiredHandle of(String name, HandleFormat format, String why) {
    return new RequiredHandle(name, format, why);
  }
}
