package dev.gateadjudicator.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes single files so that readers see the old contents or the new, never a torn file. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes a file through a synced temporary file beside it and one rename.
   *
   * @param file the target
   * @param bytes the contents
   * @throws IOException when writing fails; the target is then left as it was
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path tmp = createSibling(target.getParent(), "." + target.getFileName() + ".", ".tmp", false);
    try {
      writeSynced(tmp, bytes);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Appends to a file (for {@code $GITHUB_STEP_SUMMARY}, which the runner owns and reads after the step).
   *
   * @param file the file, created when absent
   * @param bytes what to append
   * @throws IOException when writing fails
   */
  public static void append(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
  }

  /**
   * Creates a new, uniquely named file or folder with the default permissions (what the user's umask leaves of
   * 0666 or 0777), unlike {@link Files#createTempFile}, which makes it private (0600, 0700) for good.
   *
   * @param dir the folder to create it in
   * @param prefix the start of its name
   * @param suffix the end of its name
   * @param directory whether to create a folder rather than a file
   * @return its path
   * @throws IOException when it cannot be created
   */
  public static Path createSibling(Path dir, String prefix, String suffix, boolean directory) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
      try {
        if (directory) {
          Files.createDirectory(p);
        } else {
          Files.newByteChannel(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        }
        return p;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Writes a file in place and forces it to the device before returning (for a file nobody reads yet, such as one
   * in a staging folder).
   *
   * @param file the file, created or truncated
   * @param bytes the contents
   * @throws IOException when writing or syncing fails
   */
  public static void writeSynced(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
