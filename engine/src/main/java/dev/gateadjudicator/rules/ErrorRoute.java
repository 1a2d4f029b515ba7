package dev.gateadjudicator.rules;

/**
 * A policy-table row: in the current lane, a {@code collection_error} whose {@code target_kind} is
 * {@code targetKind} raises {@code code} under {@code check}. A collection error no row routes still fails
 * closed, under the lane's evidence code.
 *
 * @param targetKind the fact kind (or {@code handles}) the failed read would have produced
 * @param code the code raised
 * @param check the check reported under
 */
public record ErrorRoute(String targetKind, String code, String check) {
  /**
   * A routing row.
   *
   * @param targetKind the target kind
   * @param code the code
   * @param check the check
   * @return the row
   */
  public static ErrorRoute of(String targetKind, String code, String check) {
    return new ErrorRoute(targetKind, code, check);
  }
}
