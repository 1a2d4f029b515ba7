package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.Handle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact set's handle pins looked up by name: the very {@link Handle} facts the engine inserts, one fact per
 * adjudication. A rule about the handle a table row names reads it with {@code from $pins.named($n)}, so it costs one
 * lookup per row rather than one join with every handle of the fact set.
 */
public final class HandlePins {
  private final Map<String, List<Handle>> byName;

  /**
   * The pins.
   *
   * @param handles the handle facts of one fact set, one per name
   */
  public HandlePins(List<Handle> handles) {
    Map<String, List<Handle>> m = new HashMap<>(Math.max(4, handles.size() * 2));
    for (Handle h : handles) {
      if (m.putIfAbsent(h.name(), List.of(h)) != null) {
        throw new IllegalArgumentException("two pins of handle `" + h.name() + "`");
      }
    }
    this.byName = m;
  }

  /**
   * The handle of a name.
   *
   * @param name the handle name
   * @return the handle, or nothing when the fact set does not pin it
   */
  public List<Handle> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  @Override
  public String toString() {
    return "HandlePins" + byName.keySet();
  }
}
