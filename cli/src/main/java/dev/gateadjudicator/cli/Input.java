package dev.gateadjudicator.cli;

import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a command's input file, where {@code -} means standard input (as in {@code conftest test -}). */
final class Input {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Input() {}

  /**
   * Reads every byte of a file, or of standard input for {@code -}, refusing it as invalid input when it is larger
   * than the limit (a file before it is read).
   *
   * @param file the path given on the command line
   * @param limit the largest size accepted, in bytes
   * @return its bytes
   * @throws InvalidFactSetException when it is larger than the limit (exit 3)
   * @throws IOException when reading fails
   */
  static byte[] read(Path file, long limit) throws IOException {
    boolean stdin = STDIN.equals(file.toString());
    String name = stdin ? "standard input" : "input `" + file + "`";
    if (!stdin && Files.isDirectory(file)) {
      throw new java.nio.file.FileSystemException(file.toString(), null, "is a folder, not a fact set file");
    }
    if (!stdin && Files.size(file) > limit) {
      throw tooLarge(name + " is " + Files.size(file) + " bytes,", limit);
    }
    try (InputStream in = stdin ? System.in : Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > limit) {
        throw tooLarge(name + " is", limit);
      }
      return bytes;
    }
  }

  /**
   * A fact set resolved from a patch, held to the same limit as a file read directly: the patch's base is another
   * file, which {@link #read} never measured.
   *
   * @param json the resolved fact set
   * @param file the patch it came from
   * @param limit the most bytes accepted
   * @return the same bytes
   */
  static byte[] limited(byte[] json, Path file, long limit) {
    if (json.length > limit) {
      throw tooLarge("input `" + file + "` resolves to " + json.length + " bytes,", limit);
    }
    return json;
  }

  /** The refusal of an input above the limit, one wording for every way of measuring it. */
  private static InvalidFactSetException tooLarge(String subject, long limit) {
    return new InvalidFactSetException("", subject + " above the limit of " + limit
        + " bytes (raise it with `--max-input-bytes`)");
  }
}
