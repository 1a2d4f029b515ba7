package dev.gateadjudicator.result;

/**
 * A reference to an input a rule matched: a fact by id and kind, or a handle ({@code kind} {@code handle},
 * {@code id} {@code handles/NAME}).
 *
 * @param id the fact id, or {@code handles/NAME}
 * @param kind the fact kind, or {@code handle}
 */
public record FactRef(String id, String kind) implements Comparable<FactRef> {
  @Override
  public int compareTo(FactRef o) {
    int c = id.compareTo(o.id);
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
