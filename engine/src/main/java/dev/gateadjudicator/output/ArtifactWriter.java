package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.support.AtomicFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes an adjudication's artifacts and their {@link Manifest} to a folder so that the folder holds either the
 * full previous set or the full new set, never a mix.
 *
 * <p>The set is written to a temporary folder beside the target ({@code .<name>.staging-*}), every file synced,
 * then read back and checked against the manifest, and only then swapped in: the previous set is renamed aside
 * ({@code .<name>.previous-*}), the new one renamed into place, the previous one deleted. A crash while writing
 * leaves the previous set untouched and a stale staging folder, which the next write deletes. A crash in the
 * instant between the two renames leaves no folder at {@code out} and the previous set aside, which the next
 * write restores before it starts, so no reader ever sees a partial set. Writers to the same folder take turns
 * on an exclusive lock on {@code .<name>.lock} beside it, removed when the write ends (see {@link FolderLock}).
 * Files and folders are created with the default permissions the user's umask gives, like any other tool's output.
 */
public final class ArtifactWriter {
  /** The fault point reached after every file is written and verified, just before the swap. */
  public static final String BEFORE_SWAP = "before-swap";
  /** The fault point reached after the previous set is renamed aside and before the new one is moved in. */
  public static final String MID_SWAP = "mid-swap";

  private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

  private ArtifactWriter() {}

  /**
   * A place where a test can inject a failure (an exception, or halting the JVM) while a set is written.
   * The points are each artifact's file name once it is written, {@link Manifest#FILE}, {@link #BEFORE_SWAP}
   * and {@link #MID_SWAP}, in that order.
   */
  @FunctionalInterface
  public interface FaultPoint {
    /** No injected failures. */
    FaultPoint NONE = point -> { };

    /**
     * Called when the writer reaches a point.
     *
     * @param point the point's name
     * @throws IOException to simulate a failed write
     */
    void reached(String point) throws IOException;
  }

  /**
   * Writes every artifact of an adjudication and its manifest into {@code out}, replacing what the folder held.
   *
   * @param adjudication the adjudication
   * @param out the target folder
   * @return the manifest written
   * @throws IOException when writing or moving fails; the target is then left as it was
   */
  public static Manifest write(Adjudication adjudication, Path out) throws IOException {
    return write(adjudication, out, FaultPoint.NONE);
  }

  /**
   * Writes every artifact of an adjudication and its manifest, with failure injection for crash tests.
   *
   * @param adjudication the adjudication
   * @param out the target folder
   * @param faults where to inject failures
   * @return the manifest written
   * @throws IOException when writing, verifying or moving fails; the target is then left as it was
   */
  public static Manifest write(Adjudication adjudication, Path out, FaultPoint faults) throws IOException {
    Manifest manifest = Manifest.of(adjudication);
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    // one writer per folder: the locks make recovery safe against a concurrent writer's staging folder
    // (a file lock excludes other processes; the JVM holds it for all its threads, hence the local lock)
    ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(target, k -> new ReentrantLock());
    local.lock();
    try (FolderLock lock = FolderLock.acquire(parent.resolve("." + target.getFileName() + ".lock"))) {
      recover(target);
      Path staging = AtomicFiles.createSibling(parent, "." + target.getFileName() + ".staging-", "", true);
      try {
        for (Manifest.Entry e : manifest.artifacts()) {
          AtomicFiles.writeSynced(staging.resolve(e.file()), adjudication.artifact(e.file()));
          faults.reached(e.file());
        }
        AtomicFiles.writeSynced(staging.resolve(Manifest.FILE), manifest.toJson());
        faults.reached(Manifest.FILE);
        verify(staging, manifest);
        faults.reached(BEFORE_SWAP);
        replace(staging, target, faults);
      } finally {
        deleteTree(staging);
      }
    } finally {
      local.unlock();
    }
    return manifest;
  }

  /**
   * Checks that a folder holds exactly the set its manifest lists, byte for byte.
   *
   * @param folder an artifact folder
   * @return the manifest
   * @throws IOException when the manifest is missing or invalid, a file is missing, extra or differs
   */
  public static Manifest verify(Path folder) throws IOException {
    Manifest m = Manifest.parse(Files.readAllBytes(folder.resolve(Manifest.FILE)));
    verify(folder, m);
    return m;
  }

  private static void verify(Path folder, Manifest manifest) throws IOException {
    List<String> present = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
      ds.forEach(p -> present.add(p.getFileName().toString()));
    }
    for (Manifest.Entry e : manifest.artifacts()) {
      Path p = folder.resolve(e.file());
      if (!Files.isRegularFile(p)) {
        throw new IOException("artifact `" + e.file() + "` is missing from `" + folder + "`");
      }
      if (!e.matches(Files.readAllBytes(p))) {
        throw new IOException("artifact `" + e.file() + "` does not match its sha256 in the manifest");
      }
      present.remove(e.file());
    }
    present.remove(Manifest.FILE);
    if (!present.isEmpty()) {
      throw new IOException("`" + folder + "` holds files the manifest does not list: " + present);
    }
  }

  /** Restores a set left aside by a crash between the two renames, and deletes stale staging folders. */
  private static void recover(Path target) throws IOException {
    String prefix = "." + target.getFileName() + ".";
    List<Path> previous = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix + "staging-")) {
          deleteTree(p);
        } else if (name.startsWith(prefix + "previous-")) {
          previous.add(p);
        }
      }
    }
    for (Path p : previous) {
      if (!Files.exists(target)) {
        move(p, target);
      } else {
        deleteTree(p);
      }
    }
  }

  private static void replace(Path staging, Path target, FaultPoint faults) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = AtomicFiles.createSibling(target.getParent(), "." + target.getFileName() + ".previous-", "", true);
      Files.delete(old);
      move(target, old);
    }
    try {
      faults.reached(MID_SWAP);
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
