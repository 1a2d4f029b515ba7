package dev.gateadjudicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.GateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's source checkout: the bundled default policy is the one on disk, edited or not. */
class SourceCheckoutTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  @AfterEach
  void clear() {
    System.clearProperty(SourceCheckout.PROPERTY);
  }

  @Test
  void bundledPolicy_isReadFromTheCheckoutSoAnEditTakesEffectWithoutARebuild() throws IOException {
    String packaged = GateEngine.withDefaultPolicy().policy().digest();
    copy(ROOT.resolve("rules"), tmp.resolve("rules"));
    System.setProperty(SourceCheckout.PROPERTY, tmp.toString());
    assertThat(GateEngine.withDefaultPolicy().policy().digest()).as("an unedited checkout").isEqualTo(packaged);

    Path taxonomy = tmp.resolve("rules/default/p6/taxonomy.json");
    Files.writeString(taxonomy, Files.readString(taxonomy).replace("\"title\": \"", "\"title\": \"Edited: "));
    GateEngine edited = GateEngine.withDefaultPolicy();
    assertThat(edited.policy().digest()).isNotEqualTo(packaged);
    assertThat(edited.policy().codes()).anyMatch(c -> c.title().startsWith("Edited: "));
  }

  @Test
  void withoutTheProperty_thePackagedCopyIsUsed() {
    assertThat(SourceCheckout.rules()).isEmpty();
    System.setProperty(SourceCheckout.PROPERTY, tmp.toString());
    assertThat(SourceCheckout.rules()).as("a folder without rules/").isEmpty();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(p -> {
        try {
          Files.copy(p, to.resolve(from.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
