package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.GateEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What a cold {@code gate adjudicate} does ahead of need: the phase it reads from the raw input is only a hint, and
 * building one phase's rules early builds exactly that phase.
 */
class ColdStartTest {
  private static final Path ROOT = GateCliTest.ROOT;

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void phaseOf_factSetFile_isItsTopLevelPhase() throws Exception {
    byte[] facts = Files.readAllBytes(ROOT.resolve("fixtures/p6/edge/m6f_pass_strict.factset.json"));
    assertThat(PolicyOptions.phaseOf(facts)).isEqualTo("P6");
  }

  @Test
  void phaseOf_phaseAfterNestedValues_skipsThem() {
    assertThat(PolicyOptions.phaseOf(json("{\"facts\":[{\"phase\":\"P0\"}],\"lane\":{\"phase\":\"P1\"},\"phase\":\"P6\"}")))
        .isEqualTo("P6");
  }

  @Test
  void phaseOf_noUsablePhase_isNull() {
    assertThat(PolicyOptions.phaseOf(json("{\"lane\":\"M6.F\"}"))).isNull();
    assertThat(PolicyOptions.phaseOf(json("{\"phase\":6}"))).isNull();
    assertThat(PolicyOptions.phaseOf(json("[{\"phase\":\"P6\"}]"))).isNull();
    assertThat(PolicyOptions.phaseOf(json("{\"phase\":"))).isNull();
    assertThat(PolicyOptions.phaseOf(json(""))).isNull();
  }

  @Test
  void warmUp_onePhase_buildsOnlyThatPhase() {
    GateEngine engine = GateEngine.withDefaultPolicy().warmUp("P6");
    assertThat(engine.policy().precompiledPhases()).containsExactly("P6");
  }

  @Test
  void warmUp_phaseThePolicyLacks_buildsNothing() {
    GateEngine engine = GateEngine.withDefaultPolicy().warmUp("P9");
    assertThat(engine.policy().precompiledPhases()).isEmpty();
  }

  @Test
  void adjudicate_rulesFromAnArgumentFile_usesThatFolder() throws Exception {
    Path dir = Files.createTempDirectory("gate-cold");
    Path mine = dir.resolve("mine");
    try (var walk = Files.walk(ROOT.resolve("rules/default"))) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Files.copy(p, mine.resolve(ROOT.resolve("rules/default").relativize(p).toString()));
      }
    }
    Path args = dir.resolve("args.txt");
    Files.writeString(args, "--rules " + mine + "\n");
    Path out = dir.resolve("out");
    int code = GateCli.run("adjudicate", ROOT.resolve("fixtures/p6/edge/m6f_pass_strict.factset.json").toString(),
        "@" + args, "--out", out.toString());
    assertThat(code).isZero();
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"policy\" : \"mine\"");
  }
}
