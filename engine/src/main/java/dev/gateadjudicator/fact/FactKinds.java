package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Map;
import java.util.TreeMap;

/** Maps fact record classes to their wire kind names, from the {@link Fact} subtype list. */
final class FactKinds {
  private static final Map<Class<?>, String> KINDS = new java.util.HashMap<>();

  static {
    for (JsonSubTypes.Type t : Fact.class.getAnnotation(JsonSubTypes.class).value()) {
      KINDS.put(t.value(), t.name());
    }
  }

  private FactKinds() {}

  static String kindOf(Class<?> type) {
    String kind = KINDS.get(type);
    if (kind == null) {
      throw new IllegalStateException("no kind registered for `" + type.getName() + "`");
    }
    return kind;
  }

  static Map<String, Class<?>> all() {
    Map<String, Class<?>> out = new TreeMap<>();
    KINDS.forEach((k, v) -> out.put(v, k));
    return out;
  }
}
