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
