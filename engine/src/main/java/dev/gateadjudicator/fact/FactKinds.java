package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The wire kind of each fact record, derived once from {@link Fact}'s permitted subclasses and the
 * {@link JsonTypeName} each carries: the one registration of fact subtypes, for Jackson and for the schemas.
 */
final class FactKinds {
  private static final Map<Class<?>, String> KINDS = new HashMap<>();
  private static final SortedMap<String, Class<? extends Fact>> BY_KIND = new TreeMap<>();

  static {
    for (Class<?> type : Fact.class.getPermittedSubclasses()) {
      JsonTypeName name = type.getAnnotation(JsonTypeName.class);
      if (name == null || name.value().isBlank()) {
        throw new IllegalStateException("fact record `" + type.getSimpleName() + "` names no kind");
      }
      if (BY_KIND.put(name.value(), type.asSubclass(Fact.class)) != null) {
        throw new IllegalStateException("two fact records name the kind `" + name.value() + "`");
      }
      KINDS.put(type, name.value());
    }
  }

  private FactKinds() {}

  static String kindOf(Class<?> type) {
    String kind = KINDS.get(type);
    if (kind == null) {
      throw new IllegalStateException("no kind registered for `" + type.getSimpleName() + "`");
    }
    return kind;
  }

  static SortedMap<String, Class<? extends Fact>> all() {
    return Collections.unmodifiableSortedMap(BY_KIND);
  }

  /** Resolves the {@code kind} property to a fact record and back, for Jackson. */
  static final class Resolver extends TypeIdResolverBase {
    @Override
    public String idFromValue(Object value) {
      return kindOf(value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
      return kindOf(value != null ? value.getClass() : suggestedType);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
      Class<? extends Fact> type = BY_KIND.get(id);
      return type == null ? null : context.getTypeFactory().constructType(type);
    }

    @Override
    public String getDescForKnownTypeIds() {
      return String.join(", ", BY_KIND.keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
      return JsonTypeInfo.Id.CUSTOM;
    }
  }
}
