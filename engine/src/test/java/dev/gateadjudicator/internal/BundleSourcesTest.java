package dev.gateadjudicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An overlay's copy in the policy bundle differs from its resolved DRL in its package declaration only. */
class BundleSourcesTest {
  private static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();

  @Test
  void renamed_bundledRuleFile_changesOnlyItsPackageDeclaration() throws Exception {
    byte[] bytes = Files.readAllBytes(RULES.resolve("legacy-p6/p6/loosened.drl"));
    byte[] copy = BundleSources.renamed("p6/loosened.drl", bytes, "gate.p6", "gate_legacy_p6.p6");
    String before = new String(bytes, StandardCharsets.UTF_8);
    assertThat(new String(copy, StandardCharsets.UTF_8))
        .isEqualTo(before.replace("package gate.p6;", "package gate_legacy_p6.p6;"));
    assertThat(Policy.parseRules("p6/loosened.drl", copy)).extracting(r -> r.name())
        .isEqualTo(Policy.parseRules("p6/loosened.drl", bytes).stream().map(r -> r.name()).toList());
  }

  @Test
  void renamed_fileNamingItsPackageElsewhere_isRefused() {
    byte[] bytes = "package gate.p6;\nimport function gate.p6.helper;\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BundleSources.renamed("p6/x.drl", bytes, "gate.p6", "gate_x.p6"))
        .hasMessageContaining("beyond its declaration");
  }
}
