package dev.gateadjudicator;

import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Small helpers shared by the engine tests: fixture paths, fact sets and policy copies. */
final class TestFixtures {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path FIXTURES = ROOT.resolve("fixtures");
  static final Path DEFAULT_POLICY = ROOT.resolve("rules/default");

  private TestFixtures() {}

  static Path p6(String name) {
    return FIXTURES.resolve("p6").resolve(name + ".factset.json");
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FactSet factSet(String p6Name) {
    return FactSets.parse(bytes(p6(p6Name)));
  }

  /** The policy error compiling a folder raises; fails the test when it compiles. */
  static PolicyException policyFailure(Path dir) {
    try {
      GateEngine.fromPolicyDirectory(dir);
    } catch (PolicyException e) {
      return e;
    }
    throw new AssertionError("policy compiled");
  }

  /** Copies a policy folder so a test can break it. */
  static Path copyPolicy(Path source, Path target) {
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(target.resolve(source.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, target.resolve(source.relativize(file).toString()));
          return FileVisitResult.CONTINUE;
        }
      });
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void edit(Path file, String from, String to) {
    try {
      String s = Files.readString(file);
      if (!s.contains(from)) {
        throw new IllegalArgumentException("`" + from + "` not in " + file);
      }
      Files.writeString(file, s.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
