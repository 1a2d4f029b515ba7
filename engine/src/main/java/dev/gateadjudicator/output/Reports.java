package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;

/**
 * The human- and tool-facing reports of an adjudication, one method per format. Each format is its own class in this
 * package, rendered from its template (Markdown and HTML from Mustache templates a folder of overrides may replace);
 * none reads the clock, so the same adjudication gives the same text. The JSON artifacts themselves are
 * {@link Adjudication#artifacts()}, written as a set by {@link ArtifactWriter}.
 */
public final class Reports {
  private Reports() {}

  /**
   * The Markdown summary ({@code --summary-md}, the GitHub job summary) from the bundled template.
   *
   * @param a the adjudication
   * @return Markdown text ending in a newline
   */
  public static String markdown(Adjudication a) {
    return MarkdownReport.render(a);
  }

  /**
   * The Markdown summary, from {@code templates/summary.md.mustache} when that file exists.
   *
   * @param a the adjudication
   * @param templates a folder of template overrides, or {@code null}
   * @return Markdown text
   * @throws IllegalArgumentException when an override is not a valid template
   */
  public static String markdown(Adjudication a, Path templates) {
    return MarkdownReport.render(a, templates);
  }

  /**
   * The self-contained HTML report ({@code --html}) from the bundled template.
   *
   * @param a the adjudication
   * @return HTML text
   */
  public static String html(Adjudication a) {
    return HtmlReport.render(a);
  }

  /**
   * The HTML report, from {@code templates/report.html.mustache} when that file exists.
   *
   * @param a the adjudication
   * @param templates a folder of template overrides, or {@code null}
   * @return HTML text
   * @throws IllegalArgumentException when an override is not a valid template
   */
  public static String html(Adjudication a, Path templates) {
    return HtmlReport.render(a, templates);
  }

  /**
   * The JUnit XML report ({@code --junit}): a test case per check plus one for the outcome.
   *
   * @param a the adjudication
   * @return JUnit XML text
   */
  public static String junit(Adjudication a) {
    return JunitReport.render(a);
  }

  /**
   * The SARIF 2.1.0 log ({@code --sarif}): a result per finding, located in the fact set.
   *
   * @param a the adjudication
   * @param factSetUri where the fact set is, relative to the repository root where possible ({@code /} separated)
   * @return UTF-8 JSON bytes ending in a newline
   */
  public static byte[] sarif(Adjudication a, String factSetUri) {
    return SarifReport.render(a, factSetUri);
  }
}
