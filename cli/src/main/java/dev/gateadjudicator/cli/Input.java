package dev.gateadjudicator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a command's input file, where {@code -} means standard input (as in {@code conftest test -}). */
final class Input {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Input() {}

  /**
   * Reads every byte of a file, or of standard input for {@code -}.
   *
   * @param file the path given on the command line
   * @return its bytes
   * @throws IOException when reading fails
   */
  static byte[] read(Path file) throws IOException {
    if (STDIN.equals(file.toString())) {
      return System.in.readAllBytes();
    }
    return Files.readAllBytes(file);
  }
}
