package dev.gateadjudicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build-time rule index stands in for parsing only for the exact bytes it was built from. */
class RuleIndexTest {
  private static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();

  @Test
  void everyBundledRuleFile_readsFromTheIndexExactlyAsParsingIt() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RULES)) {
      files = walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String rel = RULES.relativize(f).toString();
      byte[] bytes = Files.readAllBytes(f);
      assertThat(Precompiled.rules(rel, bytes)).as(rel).isEqualTo(Policy.parseRules(rel, bytes)).isNotEmpty();
    }
  }

  @Test
  void everyResolvedFileOfABundledOverlay_readsFromTheIndexExactlyAsParsingIt() {
    PolicySource legacy = PolicySource.fromDirectory(RULES.resolve("legacy-p6"));
    int blanked = 0;
    for (var e : legacy.files().entrySet()) {
      if (e.getKey().endsWith(".drl")) {
        assertThat(Precompiled.indexedRuleNames(e.getValue())).as(e.getKey()).isNotNull();
        assertThat(Precompiled.rules(e.getKey(), e.getValue())).as(e.getKey())
            .isEqualTo(Policy.parseRules(e.getKey(), e.getValue()));
        blanked += java.util.Arrays.equals(e.getValue(), PolicySource.fromDirectory(RULES.resolve("default")).files()
            .getOrDefault(e.getKey(), new byte[0])) ? 0 : 1;
      }
    }
    assertThat(blanked).as("files the overlay changed or added").isGreaterThan(1);
  }

  @Test
  void anEditedRuleFile_isParsedAndLinted() throws IOException {
    Path any;
    try (Stream<Path> walk = Files.walk(RULES)) {
      any = walk.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(any);
    String broken = text + "\nrule \"raises without a code\"\nwhen\nthen\n  findings.raise(null, null, null);\nend\n";
    assertThatThrownBy(() -> Precompiled.rules("edited.drl", broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PolicyException.class).hasMessageContaining("declares no `@code`");
  }
}
