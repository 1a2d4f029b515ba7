package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;

/**
 * A child JVM for the crash test: adjudicates a fixture and writes its set to a folder, halting the JVM (no
 * shutdown hooks, no finally blocks: as close to {@code kill -9} as Java gets) when the writer reaches a point.
 */
public final class CrashingWrite {
  private CrashingWrite() {}

  /**
   * Runs the child.
   *
   * @param args fixture name, target folder, fault point to halt at
   * @throws Exception when the write fails before the point
   */
  public static void main(String[] args) throws Exception {
    Adjudication a = OutputFixtures.adjudicate(args[0]);
    String haltAt = args[2];
    ArtifactWriter.write(a, Path.of(args[1]), point -> {
      if (point.equals(haltAt)) {
        Runtime.getRuntime().halt(137);
      }
    });
    System.exit(0);
  }
}
