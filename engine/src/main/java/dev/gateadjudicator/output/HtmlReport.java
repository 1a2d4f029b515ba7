package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;

/**
 * The HTML report ({@code --html}): one self-contained page (inline CSS, no scripts, no external resources) with the
 * rollup matrix coloured by status, the blocker register with severity colours, and superseded evidence. Rendered
 * from the Mustache template {@value ReportTemplates#HTML}; every value from the facts is escaped, and code spans in
 * a finding's text become {@code <code>} elements rather than showing their backticks.
 */
final class HtmlReport {
  /** Background colour of a passed cell: {@code #2da44e}. */
  public static final int PASS_RGB = 0x2da44e;
  /** Background colour of a failed cell: {@code #cf222e}. */
  public static final int FAIL_RGB = 0xcf222e;
  /** Background colour of a missing lane: {@code #8c959f}. */
  public static final int MISSING_RGB = 0x8c959f;
  /** The id of the matrix table. */
  public static final String MATRIX_ID = "rollup-matrix";

  private HtmlReport() {}

  /**
   * Renders the page from the bundled template.
   *
   * @param a the adjudication
   * @return HTML text
   */
  public static String render(Adjudication a) {
    return render(a, null);
  }

  /**
   * Renders the page, from {@code templates/}{@value ReportTemplates#HTML} when that file exists.
   *
   * @param a the adjudication
   * @param templates a folder of template overrides, or {@code null}
   * @return HTML text
   * @throws IllegalArgumentException when an override is not a valid template
   */
  public static String render(Adjudication a, Path templates) {
    return ReportTemplates.render(ReportTemplates.HTML, templates, ReportText::html, ReportModel.of(a));
  }
}
