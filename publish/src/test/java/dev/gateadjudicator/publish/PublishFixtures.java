package dev.gateadjudicator.publish;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** One recorded adjudication and its set, shared by the publish tests. */
final class PublishFixtures {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Adjudication STRICT_RERUN = adjudicate("m6f_p6b_streaming_active_20260225T163455Z");
  static final Manifest MANIFEST = Manifest.of(STRICT_RERUN);
  static final String EXECUTION = STRICT_RERUN.summary().executionId();

  private PublishFixtures() {}

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    STRICT_RERUN.artifacts().keySet().forEach(f -> files.put(f, STRICT_RERUN.artifact(f)));
    return files;
  }

  private static Adjudication adjudicate(String name) {
    try {
      return GateEngine.withDefaultPolicy().adjudicate(
          FactSets.parse(Files.readAllBytes(ROOT.resolve("fixtures/p6/" + name + ".factset.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
