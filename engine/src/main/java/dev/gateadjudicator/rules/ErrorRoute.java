package dev.gateadjudicator.rules;

/**
 * A policy-table row, from the {@code error_routes} of the phase and of the current lane in the phase's
 * {@code taxonomy.json}: a {@code collection_error} whose {@code target_kind} is {@code targetKind} raises
 * {@code code} under {@code check}. The row {@code *} catches every kind no other row names, so a failed read
 * always fails closed. The row declares the code it raises; the policy linter checks it is in the taxonomy.
 *
 * @param targetKind the fact kind (or {@code handles}) the failed read would have produced, or {@code *}
 * @param code the code raised
 * @param check the check reported under, or {@code null} for the code's own
 */
public record ErrorRoute(String targetKind, String code, String check) {
  /** The target kind of the fallback row. */
  public static final String ANY = "*";
}
