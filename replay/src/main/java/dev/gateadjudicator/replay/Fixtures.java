package dev.gateadjudicator.replay;

import dev.gateadjudicator.support.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the fixtures below a folder. */
public final class Fixtures {
  /** Suffix of a fixture's fact set. */
  public static final String FACTSET = FactSetFiles.FACTSET;
  /** Suffix of a fixture's fact set given as a patch of another (see {@link FactSetFiles}). */
  public static final String PATCH = FactSetFiles.PATCH;
  /** Suffix of a fixture's expected outcome. */
  public static final String EXPECTED = ".expected.json";
  /** Schema of an expected-outcome file, below {@code schemas/}. */
  public static final String SCHEMA = "fixture_expectation.schema.json";

  private Fixtures() {}

  /**
   * Every fixture below a folder (or the one fixture a {@code .factset.json} or {@code .patch.json} path names),
   * sorted by name.
   *
   * @param root a folder, or one fact-set file
   * @return the fixtures
   * @throws IllegalArgumentException when a fact set has no expected outcome beside it, or the outcome file is
   *     invalid
   */
  public static List<Fixture> discover(Path root) {
    List<Path> factSets = new ArrayList<>();
    if (Files.isRegularFile(root)) {
      factSets.add(root);
    } else {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(FactSetFiles::isFactSetFile).sorted().forEach(factSets::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (factSets.isEmpty()) {
      // a suite that replays nothing would pass while proving nothing
      throw new IllegalArgumentException("no fixtures (`*" + FACTSET + "`) under `" + root + "`");
    }
    Path base = Files.isRegularFile(root) ? root.getParent() : root;
    List<Fixture> out = new ArrayList<>();
    for (Path fs : factSets) {
      String stem = FactSetFiles.stem(fs);
      if (fs.getFileName().toString().endsWith(PATCH) && Files.exists(fs.resolveSibling(stem + FACTSET))) {
        throw new IllegalArgumentException("fixture `" + stem + "` has both `" + stem + FACTSET + "` and `" + stem
            + PATCH + "`: keep one");
      }
      Path expected = fs.resolveSibling(stem + EXPECTED);
      if (!Files.isRegularFile(expected)) {
        throw new IllegalArgumentException("fixture `" + fs + "` has no `" + expected.getFileName() + "` beside it");
      }
      FixtureFile f = read(expected);
      String name = base == null ? stem : base.relativize(fs.resolveSibling(stem)).toString().replace('\\', '/');
      List<Path> chain = new ArrayList<>();
      for (String rel : f.rollsUp() == null ? List.<String>of() : f.rollsUp()) {
        Path lane = fs.resolveSibling(rel).normalize();
        if (!Files.isRegularFile(lane)) {
          throw new IllegalArgumentException("`" + expected + "` rolls up `" + rel + "`, which does not exist");
        }
        chain.add(lane);
      }
      out.add(new Fixture(name, fs, f.description(), f.source(), f.policy() == null ? "default" : f.policy(),
          chain, f.expect()));
    }
    return out;
  }

  private static FixtureFile read(Path expected) {
    try {
      return Canonical.read(Files.readAllBytes(expected), SCHEMA, FixtureFile.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("`" + expected + "` " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("`" + expected + "` is not valid json: " + e.getMessage(), e);
    }
  }
}
