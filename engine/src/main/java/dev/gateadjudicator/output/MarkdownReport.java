package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;

/**
 * The Markdown summary ({@code --summary-md}, and the GitHub job summary), fit to paste into a pull request: a
 * headline with a pass/fail icon, the summary table, the rollup matrix with icons, and one folded
 * {@code <details>} per blocker with its findings and remediation. Rendered from the Mustache template
 * {@value ReportTemplates#MARKDOWN}; every value from the facts is escaped, so a fact cannot inject HTML or break a
 * table.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders the summary from the bundled template.
   *
   * @param a the adjudication
   * @return Markdown text ending in a newline
   */
  public static String render(Adjudication a) {
    return render(a, null);
  }

  /**
   * Renders the summary, from {@code templates/}{@value ReportTemplates#MARKDOWN} when that file exists.
   *
   * @param a the adjudication
   * @param templates a folder of template overrides, or {@code null}
   * @return Markdown text
   * @throws IllegalArgumentException when an override is not a valid template
   */
  public static String render(Adjudication a, Path templates) {
    return ReportTemplates.render(ReportTemplates.MARKDOWN, templates, ReportText::md, ReportModel.of(a));
  }
}
