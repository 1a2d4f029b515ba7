package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example ({@code examples/embedding}) compiles against the engine as users get it. */
class EmbeddingExampleTest {
  private static final Path EXAMPLE = Path.of("..").toAbsolutePath().normalize()
      .resolve("examples/embedding/src/main/java/example/Embed.java");

  @TempDir
  Path classes;

  @Test
  void example_compilesAgainstTheEngineWithoutWarnings() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    boolean ok = javac.getTask(log, null, null,
        List.of("-Xlint:all", "-Werror", "--release", "17", "-d", classes.toString(),
            "-cp", System.getProperty("java.class.path")),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(EXAMPLE)).call();
    assertThat(ok).as(log.toString()).isTrue();
    assertThat(classes.resolve("example/Embed.class")).exists();
    assertThat(Files.readAllLines(EXAMPLE).stream().filter(l -> l.startsWith("    ")).count())
        .as("lines in main").isLessThanOrEqualTo(10);
  }
}
