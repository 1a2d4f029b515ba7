package dev.gateadjudicator.output;

import dev.gateadjudicator.Adjudication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Writes an adjudication's artifacts to a folder so that the folder holds either the full previous set or the
 * full new set, never a mix: the set is written to a temporary folder beside the target and moved into place.
 */
public final class ArtifactWriter {
  private ArtifactWriter() {}

  /**
   * Writes every artifact of an adjudication into {@code out}, replacing what the folder held.
   *
   * @param adjudication the adjudication
   * @param out the target folder
   * @throws IOException when writing or moving fails; the target is then left as it was
   */
  public static void write(Adjudication adjudication, Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
    try {
      for (Map.Entry<String, String> e : adjudication.artifacts().entrySet()) {
        Files.write(staging.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      replace(staging, target);
    } finally {
      deleteTree(staging);
    }
  }

  private static void replace(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
