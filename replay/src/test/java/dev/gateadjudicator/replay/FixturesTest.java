package dev.gateadjudicator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture discovery: a fact set with its expected outcome beside it, read through the engine's exported API. */
class FixturesTest {
  private static final Path GATE = Path.of("..", "fixtures", "p0", "gate").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  @Test
  void bundledPatchFixture_isFoundWithItsExpectation() {
    List<Fixture> found = Fixtures.discover(GATE.resolve("m2j_hold_s2.patch.json"));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("m2j_hold_s2");
      assertThat(f.expect().exitCode()).isEqualTo(1);
      assertThat(f.expect().blockerCodes()).containsExactly("M2-B4");
    });
  }

  @Test
  void factSetWithoutExpectation_isRefusedNamingTheMissingFile() throws Exception {
    Files.writeString(tmp.resolve("a.factset.json"), "{}");
    assertThatThrownBy(() -> Fixtures.discover(tmp))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`a.expected.json`");
  }

  @Test
  void expectationBreakingItsSchema_isRefusedNamingFileAndPath() throws Exception {
    Files.writeString(tmp.resolve("a.factset.json"), "{}");
    Files.writeString(tmp.resolve("a.expected.json"), """
        {"description": "d", "source": "s", "expect": {"exit_code": 7}}""");
    assertThatThrownBy(() -> Fixtures.discover(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("`" + tmp.resolve("a.expected.json") + "` at `/expect");
  }

  @Test
  void expectationThatIsNotJson_isRefusedAsNotValidJson() throws Exception {
    Files.writeString(tmp.resolve("a.factset.json"), "{}");
    Files.writeString(tmp.resolve("a.expected.json"), "{\"expect\": ");
    assertThatThrownBy(() -> Fixtures.discover(tmp))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid json");
  }
}
