package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact-set patches: a base plus a JSON Merge Patch, facts merged by id. */
class FactSetPatchTest {
  private static final Path GATE = Path.of("..", "fixtures", "p0", "gate").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  @Test
  void bundledPatchFixture_readsAsItsBasePatched() throws Exception {
    FactSet base = FactSets.read(GATE.resolve("m2j_pass.factset.json"));
    FactSet hold = FactSets.read(GATE.resolve("m2j_hold_s2.patch.json"));
    assertThat(hold.executionId()).isEqualTo("m2j_hold_s2");
    assertThat(hold.facts()).hasSize(base.facts().size() - 1);
    assertThat(hold.facts()).filteredOn(f -> f.id().equals("m2f_20260223T133000Z")).singleElement()
        .satisfies(f -> assertThat(((LaneResult) f).blockerCodes()).containsExactly("M2-B4"));
  }

  @Test
  void patchOfAPatch_addsAFactByItsId() throws Exception {
    Files.writeString(tmp.resolve("a.patch.json"), """
        {"base": "%s", "patch": {"execution_id": "a"}}""".formatted(
        tmp.relativize(GATE.resolve("m2j_pass.factset.json")).toString().replace('\\', '/')));
    Files.writeString(tmp.resolve("b.patch.json"), """
        {"base": "a.patch.json", "patch": {"facts": {"m2b_extra": {"kind": "lane_result", "lane": "M2.B",
          "execution_id": "m2b_extra", "captured_at": "2026-02-23T00:00:00Z", "overall_pass": true,
          "blocker_count": 0, "blocker_codes": [], "next_gate": "M2.C_READY", "durable_readback_ok": true}}}}""");
    FactSet b = FactSets.read(tmp.resolve("b.patch.json"));
    assertThat(b.executionId()).isEqualTo("a");
    assertThat(b.facts()).extracting(f -> f.id()).contains("m2b_extra");
  }

  @Test
  void factsArray_replacesTheBasesFactsWholesale() throws Exception {
    Files.writeString(tmp.resolve("c.patch.json"), """
        {"base": "%s", "patch": {"facts": []}}""".formatted(
        tmp.relativize(GATE.resolve("m2j_pass.factset.json")).toString().replace('\\', '/')));
    assertThat(FactSets.read(tmp.resolve("c.patch.json")).facts()).isEmpty();
  }

  @Test
  void patchOfAMissingBase_isInvalidInputAtBase() throws Exception {
    Files.writeString(tmp.resolve("d.patch.json"), "{\"base\": \"nowhere.factset.json\", \"patch\": {}}");
    assertThatThrownBy(() -> FactSets.read(tmp.resolve("d.patch.json")))
        .isInstanceOf(InvalidFactSetException.class).hasMessageContaining("nowhere.factset.json")
        .extracting(e -> ((InvalidFactSetException) e).path()).isEqualTo("/base");
  }

  @Test
  void patchWithoutABase_isInvalidInput() throws Exception {
    Files.writeString(tmp.resolve("e.patch.json"), "{\"patch\": {}}");
    assertThatThrownBy(() -> FactSets.read(tmp.resolve("e.patch.json")))
        .isInstanceOf(InvalidFactSetException.class);
  }
}
