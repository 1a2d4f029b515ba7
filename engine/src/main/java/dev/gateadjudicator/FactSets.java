package dev.gateadjudicator;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.internal.FactSetCodec;
import dev.gateadjudicator.internal.FactSetPatches;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fact sets and facts as JSON: reading is strict and schema-checked, writing is canonical. The fact model
 * ({@link FactSet}, {@link Fact}) holds no I/O, so it never depends on the codec that reads it.
 *
 * <p>A fact-set file is a fact set as JSON ({@code NAME.factset.json}), or a patch of another
 * ({@code NAME.patch.json}): {@code {"base": "other.factset.json", "patch": {...}}}, the base relative to the patch
 * file (itself a fact set or a patch). The patch is a JSON Merge Patch (RFC 7396) of the base, except that a
 * {@code facts} object (rather than an array) merges by fact {@code id}: each member patches the base fact with that
 * id ({@code null} removes it) or, when the base has none, adds a fact with that id; base facts without an id are
 * kept as they are. A {@code facts} array replaces the base's facts wholesale, as RFC 7396 says.
 */
public final class FactSets {
  /** Suffix of a fact-set file. */
  public static final String FACT_SET_SUFFIX = ".factset.json";
  /** Suffix of a fact-set patch file. */
  public static final String PATCH_SUFFIX = FactSetPatches.PATCH;

  private FactSets() {}

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
    return parse(resolve(file));
  }

  /**
   * The JSON of a fact-set file, a patch resolved against its base.
   *
   * @param file a fact set or a patch
   * @return UTF-8 JSON: the file's bytes for a fact set, the patched base (canonical JSON) for a patch
   * @throws IOException when a file cannot be read
   * @throws InvalidFactSetException when a patch is malformed or names a base that does not exist
   */
  public static byte[] resolve(Path file) throws IOException {
    return FactSetPatches.resolve(file);
  }

  /**
   * Parses, schema-checks and canonicalises a fact set.
   *
   * @param json the JSON document
   * @return the canonical fact set (ids filled in, facts sorted)
   * @throws InvalidFactSetException naming the JSON path of the first error
   */
  public static FactSet parse(byte[] json) {
    return FactSetCodec.read(json);
  }

  /**
   * A fact set as canonical pretty JSON, as {@link #parse(byte[])} reads it.
   *
   * @param factSet the fact set
   * @return UTF-8 JSON bytes
   */
  public static byte[] toJson(FactSet factSet) {
    return Json.pretty(factSet);
  }

  /**
   * One fact as compact canonical JSON (sorted keys, with its {@code kind}).
   *
   * @param fact the fact
   * @return the JSON text
   */
  public static String toJson(Fact fact) {
    return Json.compact(fact);
  }
}
