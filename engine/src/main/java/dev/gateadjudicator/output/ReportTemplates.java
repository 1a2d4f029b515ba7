package dev.gateadjudicator.output;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The report templates (Mustache, logic-less): bundled in the jar under {@code dev/gateadjudicator/output/templates/},
 * and overridable file by file from a folder ({@code --template DIR}: a {@code report.html.mustache} or
 * {@code summary.md.mustache} there replaces the bundled one). Values are escaped for the output format: HTML
 * entities for HTML, {@link ReportText#md} for Markdown.
 */
final class ReportTemplates {
  /** The HTML report's template file name. */
  public static final String HTML = "report.html.mustache";
  /** The Markdown summary's template file name. */
  public static final String MARKDOWN = "summary.md.mustache";
  private static final String BUNDLED = "dev/gateadjudicator/output/templates/";

  private ReportTemplates() {}

  static String render(String name, Path overrides, UnaryOperator<String> escape, Map<String, Object> model) {
    String text;
    String where;
    Path file = overrides == null ? null : overrides.resolve(name);
    try {
      if (file != null && Files.isRegularFile(file)) {
        text = Files.readString(file, StandardCharsets.UTF_8);
        where = file.toString();
      } else {
        try (var in = ReportTemplates.class.getResourceAsStream("/" + BUNDLED + name)) {
          if (in == null) {
            throw new IllegalStateException("bundled template `" + name + "` is missing");
          }
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        where = name;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DefaultMustacheFactory factory = new DefaultMustacheFactory() {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(escape.apply(value));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    try {
      Mustache m = factory.compile(new StringReader(text), where);
      StringWriter out = new StringWriter();
      m.execute(out, model);
      return out.toString();
    } catch (MustacheException e) {
      throw new IllegalArgumentException("template `" + where + "`: " + e.getMessage(), e);
    }
  }
}
