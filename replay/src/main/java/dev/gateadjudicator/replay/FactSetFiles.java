package dev.gateadjudicator.replay;

import dev.gateadjudicator.FactSets;
import java.nio.file.Path;

/**
 * Names and reads fact-set files: a fact set ({@code NAME.factset.json}) or a patch of another
 * ({@code NAME.patch.json}), read by {@link FactSets#read(Path)} (which describes the patch format).
 *
 * <p>Replay, {@code gate test}, {@code gate diff}, {@code gate explain} and {@code gate adjudicate} all read fact
 * sets through {@link FactSets#read(Path)}, so a patch fixture behaves exactly as the fact set it stands for.
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
}
