package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gateadjudicator.result.Adjudication;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Path SCRIPT = OutputFixtures.ROOT.resolve("scripts/render-html-report.sh");

  @TempDir
  Path tmp;

  @Test
  void page_isSelfContainedAndColoursTheMatrixByStatus() {
    String html = HtmlReport.render(OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN));
    assertThat(html).contains("<table id=\"" + HtmlReport.MATRIX_ID + "\">")
        .contains("<td class=\"status FAIL\">FAIL</td>").contains("<td class=\"status PASS\">PASS</td>")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
  }

  @Test
  void blockers_carryTheirSeverityColourAndShowCodeSpansAsCode() {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    String html = HtmlReport.render(a);
    assertThat(html).contains("<div class=\"blocker S1\" id=\"M6P6-B2\">")
        .contains("<span class=\"sev S2\">S2</span>").contains(".sev.S1{background:");
    String text = html.replaceAll("<style>[\\s\\S]*</style>", "");
    assertThat(text).doesNotContain("`");
    assertThat(a.register().blockers().stream().flatMap(b -> b.findings().stream())
        .anyMatch(f -> f.detail().contains("`"))).as("some finding has a code span to render").isTrue();
    assertThat(text).contains("<code>");
  }

  @Test
  void codeSpans_becomeCodeElementsAfterEscaping() {
    assertThat(ReportModel.codeSpans("lane `a<b>` is `X`")).isEqualTo("lane <code>a&lt;b&gt;</code> is <code>X</code>");
  }

  @Test
  void factText_isEscaped() {
    assertThat(ReportText.html("<img src=x onerror='a'>&")).isEqualTo("&lt;img src=x onerror=&#39;a&#39;&gt;&amp;");
  }

  @Test
  void headlessChromium_rendersTheMatrixInItsColours() throws Exception {
    assumeThat(chromium()).as("chromium on PATH (apt-get install -y chromium)").isTrue();
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    Path html = tmp.resolve("report.html");
    Files.writeString(html, HtmlReport.render(a), StandardCharsets.UTF_8);
    Path png = tmp.resolve("report.png");

    Process p = new ProcessBuilder("bash", SCRIPT.toString(), html.toString(), png.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(600);
    assertThat(pixels(image, HtmlReport.FAIL_RGB)).as("red FAIL cells").isGreaterThan(500);
    assertThat(pixels(image, HtmlReport.PASS_RGB)).as("green PASS cells").isGreaterThan(500);
  }

  private static boolean chromium() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", "command -v chromium || command -v chromium-browser")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** Pixels within a small distance of a colour (anti-aliasing and colour management shift edges slightly). */
  private static long pixels(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y);
        int dr = Math.abs(((c >> 16) & 0xff) - ((rgb >> 16) & 0xff));
        int dg = Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff));
        int db = Math.abs((c & 0xff) - (rgb & 0xff));
        if (dr + dg + db <= 12) {
          n++;
        }
      }
    }
    return n;
  }
}
