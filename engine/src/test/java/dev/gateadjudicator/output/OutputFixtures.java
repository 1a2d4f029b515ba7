package dev.gateadjudicator.output;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Fixtures for the output tests: adjudications of the recorded fact sets, compiled once per JVM. */
final class OutputFixtures {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path P6 = ROOT.resolve("fixtures/p6");
  static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  static final String STRICT_RERUN = "m6f_p6b_streaming_active_20260225T163455Z";
  static final String GATE_HOLD = "m6g_p6c_gate_rollup_20260225T173000Z";
  static final String LANE_PASS = "edge/m6f_pass_strict";
  private static final Map<String, Adjudication> CACHE = new ConcurrentHashMap<>();

  private OutputFixtures() {}

  static FactSet factSet(String name) {
    return FactSets.parse(bytes(P6.resolve(name + ".factset.json")));
  }

  static Adjudication adjudicate(String name) {
    return CACHE.computeIfAbsent(name, n -> ENGINE.adjudicate(factSet(n)));
  }

  /** Every fixture that adjudicates (the invalid ones are left out). */
  static Stream<String> adjudicable() {
    try (Stream<Path> files = Files.walk(P6)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".factset.json"))
          .filter(p -> !p.toString().contains("/invalid/"))
          .map(p -> P6.relativize(p).toString().replace(".factset.json", ""))
          .sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
