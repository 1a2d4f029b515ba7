package dev.gateadjudicator.result;

/**
 * What became of one waiver in an adjudication.
 *
 * @param id the waiver fact's id
 * @param code the code it names
 * @param subject the subject it names
 * @param approvedBy who approved it
 * @param status {@value #APPLIED}, {@value #UNUSED}, {@value #EXPIRED}, {@value #MALFORMED} or {@value #NOT_WAIVABLE}
 * @param detail why
 * @param appliedTo how many findings it covered
 */
public record WaiverReport(
    String id, String code, String subject, String approvedBy, String status, String detail, int appliedTo) {
  /** Live, and covered at least one finding. */
  public static final String APPLIED = "APPLIED";
  /** Live, but matched no finding. */
  public static final String UNUSED = "UNUSED";
  /** Expired at or before the capture time: ignored. */
  public static final String EXPIRED = "EXPIRED";
  /** Missing or invalid fields, or a code the taxonomy lacks: ignored. */
  public static final String MALFORMED = "MALFORMED";
  /** Names a reset-required code the taxonomy does not let be waived: ignored. */
  public static final String NOT_WAIVABLE = "NOT_WAIVABLE";
}
