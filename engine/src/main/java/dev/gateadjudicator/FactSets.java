package dev.gateadjudicator;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.FactSet;
import dev.gateadjudicator.internal.FactSetCodec;
import dev.gateadjudicator.internal.Json;

/**
 * Fact sets and facts as JSON: reading is strict and schema-checked, writing is canonical. The fact model
 * ({@link FactSet}, {@link Fact}) holds no I/O, so it never depends on the codec that reads it.
 */
public final class FactSets {
  private FactSets() {}

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
