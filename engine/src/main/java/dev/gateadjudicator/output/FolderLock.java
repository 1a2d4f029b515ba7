package dev.gateadjudicator.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * An exclusive lock between processes writing the same output folder, held on a lock file beside it that is
 * removed when the write ends, so no lock file is left behind.
 *
 * <p>Removing a lock file is safe only if a waiter can tell that the file it locked is still the one at the path:
 * a waiter may acquire the lock on a file its previous holder already unlinked while a third writer created and
 * locked a new one. So the holder writes a random token into the file it locked and reads the path back; only when
 * the path holds its token does it own the lock, otherwise it retries on whatever file the path now names.
 */
final class FolderLock implements AutoCloseable {
  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Blocks until this process holds the lock at {@code path}.
   *
   * @param path the lock file
   * @return the held lock; close it to release it and remove the file
   * @throws IOException when the lock file cannot be created or locked
   */
  static FolderLock acquire(Path path) throws IOException {
    byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    while (true) {
      FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      boolean held = false;
      try {
        FileLock lock = ch.lock();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(token), 0);
        byte[] atPath;
        try {
          atPath = Files.readAllBytes(path);
        } catch (NoSuchFileException gone) {
          atPath = null;
        }
        if (Arrays.equals(atPath, token)) {
          held = true;
          return new FolderLock(path, ch, lock);
        }
      } finally {
        if (!held) {
          ch.close();
        }
      }
    }
  }

  /** Removes the lock file, then releases the lock (in that order, so no one locks a file about to vanish unseen). */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(path);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
