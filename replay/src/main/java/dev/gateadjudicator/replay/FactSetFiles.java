package dev.gateadjudicator.replay;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Names and reads fact-set files: a fact set ({@code NAME.factset.json}) or a patch of another
 * ({@code NAME.patch.json}), read by {@link FactSets#read(Path)} (which describes the patch format).
 *
 * <p>Replay, {@code gate test}, {@code gate diff}, {@code gate explain} and {@code gate adjudicate} all read fact
 * sets through this class, so a patch fixture behaves exactly as the fact set it stands for.
 */
public final class FactSetFiles {
  /** Suffix of a fact set. */
  public static final String FACTSET = FactSets.FACT_SET_SUFFIX;
  /** Suffix of a fact-set patch. */
  public static final String PATCH = FactSets.PATCH_SUFFIX;

  private FactSetFiles() {}

  /**
   * Whether a file name is a fact set or a fact-set patch.
   *
   * @param file the file
   * @return true for {@code *.factset.json} and {@code *.patch.json}
   */
  public static boolean isFactSetFile(Path file) {
    String n = file.getFileName().toString();
    return n.endsWith(FACTSET) || n.endsWith(PATCH);
  }

  /**
   * A fact-set file's name without its suffix.
   *
   * @param file a fact set or patch
   * @return the stem, for example {@code m2j_pass}
   */
  public static String stem(Path file) {
    String n = file.getFileName().toString();
    return n.endsWith(PATCH) ? n.substring(0, n.length() - PATCH.length())
        : n.endsWith(FACTSET) ? n.substring(0, n.length() - FACTSET.length()) : n;
  }

  /**
   * Reads and parses a fact-set file, resolving a patch against its base.
   *
   * @param file a fact set or a patch
   * @return the fact set
   * @throws IOException when a file cannot be read
   * @throws InvalidFactSetException when the (resolved) fact set is invalid, or a patch is malformed or names a
   *     base that does not exist
   */
  public static FactSet read(Path file) throws IOException {
    return FactSets.read(file);
  }

  /**
   * The JSON of a fact-set file, a patch resolved against its base.
   *
   * @param file a fact set or a patch
   * @return UTF-8 JSON: the file's bytes for a fact set, the patched base for a patch
   * @throws IOException when a file cannot be read
   * @throws InvalidFactSetException when a patch is malformed or names a base that does not exist
   */
  public static byte[] resolve(Path file) throws IOException {
    return FactSets.resolve(file);
  }
}
