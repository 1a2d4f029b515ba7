package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An approved, time-boxed exception for a known blocker. A live waiver moves matching findings to the
 * register's {@code waived} section: still visible, not counted. An expired or malformed waiver is ignored and
 * reported; a waiver applies to an S3/S4 code, and to an S1/S2 or reset-required code only where the taxonomy marks
 * that code {@code waivable}.
 *
 * <p>Fields are kept as the fact set gives them so that a malformed waiver is reported rather than rejecting the
 * whole fact set.
 *
 * @param id fact id
 * @param source where it was read
 * @param code the blocker code it waives
 * @param subject the finding subject it waives, or {@code *} for every subject
 * @param reason why the blocker is accepted
 * @param approvedBy who approved it
 * @param expiresAt when it stops applying (RFC 3339), compared with the fact set's {@code captured_at}
 */
@JsonTypeName("waiver")
public record Waiver(
    String id, String source, String code, String subject, String reason, String approvedBy, String expiresAt)
    implements Fact {
  /** Any subject. */
  public static final String ANY_SUBJECT = "*";

  @Override
  public Waiver withId(String newId) {
    return new Waiver(newId, source, code, subject, reason, approvedBy, expiresAt);
  }
}
