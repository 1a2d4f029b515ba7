package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.rules.Contradiction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Subject identity per fact kind, read once from the {@code x-subject} list of each
 * {@code schemas/facts/<kind>.schema.json}: the fields that name the thing a fact is about. Two facts of one kind
 * with equal subject values and other differing fields ({@code id} and {@code source} aside) contradict. An empty
 * list marks a kind with one fact per fact set (e.g. {@code lag_posture}): any two that differ contradict.
 * Identical duplicates do not contradict.
 */
public final class Subjects {
  private static final Map<String, List<String>> SUBJECTS = load();

  private Subjects() {}

  /**
   * The subject fields of every fact kind.
   *
   * @return field names by kind, sorted by kind
   */
  public static Map<String, List<String>> all() {
    return SUBJECTS;
  }

  /**
   * The contradictions in a canonical fact set, in a deterministic order (kind, subject, then ids).
   *
   * @param facts the facts
   * @return one contradiction per pair of facts that disagree about one subject
   */
  public static List<Contradiction> contradictions(List<Fact> facts) {
    Map<String, List<Fact>> groups = new TreeMap<>();
    Map<String, ObjectNode> bodies = new LinkedHashMap<>();
    Map<String, String> subjects = new TreeMap<>();
    // only facts of one kind whose subjects may be equal can contradict each other: the others need no tree
    Map<List<Object>, Integer> perKey = new java.util.HashMap<>();
    facts.forEach(f -> perKey.merge(sieve(f), 1, Integer::sum));
    for (Fact f : facts) {
      List<String> fields = SUBJECTS.get(f.kind());
      if (fields == null || perKey.get(sieve(f)) < 2) {
        continue;
      }
      ObjectNode tree = (ObjectNode) Json.canonicalTree(f);
      tree.remove("id");
      tree.remove("source");
      StringBuilder subject = new StringBuilder();
      for (String field : fields) {
        JsonNode v = tree.get(field);
        subject.append(subject.isEmpty() ? "" : ", ").append(field).append('=')
            .append(v == null || v.isNull() ? "null" : v.isTextual() ? v.asText() : v.toString());
      }
      String key = f.kind() + "\u0000" + subject;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      bodies.put(f.kind() + "\u0000" + f.id(), tree);
      subjects.put(key, subject.isEmpty() ? "the one `" + f.kind() + "` of this fact set" : "`" + subject + "`");
    }
    List<Contradiction> out = new ArrayList<>();
    groups.forEach((key, group) -> {
      if (group.size() < 2) {
        return;
      }
      List<Fact> sorted = new ArrayList<>(group);
      sorted.sort(java.util.Comparator.comparing(Fact::id));
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          Fact a = sorted.get(i);
          Fact b = sorted.get(j);
          ObjectNode ta = bodies.get(a.kind() + "\u0000" + a.id());
          ObjectNode tb = bodies.get(b.kind() + "\u0000" + b.id());
          if (!ta.equals(tb)) {
            out.add(new Contradiction(a.kind(), subjects.get(key), differences(ta, tb), a, b));
          }
        }
      }
    });
    return out;
  }

  /**
   * A coarse subject key: the kind and the values of the subject fields that are plain strings. Two facts whose
   * subjects are equal have equal keys (a string field serialises as itself, an absent one and {@code "null"} both
   * read as {@code null}), so facts whose key no other fact shares cannot contradict and need no tree. Fields of other
   * types are left out: the key may be coarser than the subject, never finer.
   */
  private static List<Object> sieve(Fact f) {
    List<java.util.function.Function<Object, Object>> readers = STRING_SUBJECTS.get(f.getClass());
    Object[] key = new Object[readers.size() + 1];
    key[0] = f.kind();
    for (int i = 0; i < readers.size(); i++) {
      key[i + 1] = String.valueOf(readers.get(i).apply(f));
    }
    return Arrays.asList(key);
  }

  /** The readers of each fact class's subject fields that serialise as plain strings, found once per class. */
  private static final ClassValue<List<java.util.function.Function<Object, Object>>> STRING_SUBJECTS =
      new ClassValue<>() {
        @Override
        protected List<java.util.function.Function<Object, Object>> computeValue(Class<?> type) {
          List<java.util.function.Function<Object, Object>> readers = new ArrayList<>();
          Fact.kinds().forEach((kind, cls) -> {
            if (cls != type || SUBJECTS.get(kind) == null) {
              return;
            }
            List<String> fields = SUBJECTS.get(kind);
            var description = Json.MAPPER.getSerializationConfig().introspect(Json.MAPPER.constructType(type));
            for (var p : description.findProperties()) {
              var accessor = p.getAccessor();
              if (fields.contains(p.getName()) && accessor != null
                  && accessor.getMember() instanceof java.lang.reflect.Method m && m.getReturnType() == String.class
                  && p.getRawPrimaryType() == String.class && plain(accessor)
                  && (p.getField() == null || plain(p.getField()))) {
                readers.add(fact -> read(m, fact));
              }
            }
          });
          return List.copyOf(readers);
        }
      };

  private static Object read(java.lang.reflect.Method accessor, Object fact) {
    try {
      return accessor.invoke(fact);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a member serialises as its own string, with no annotation that could change its text. */
  private static boolean plain(com.fasterxml.jackson.databind.introspect.AnnotatedMember m) {
    return !m.hasAnnotation(com.fasterxml.jackson.databind.annotation.JsonSerialize.class)
        && !m.hasAnnotation(com.fasterxml.jackson.annotation.JsonRawValue.class)
        && !m.hasAnnotation(com.fasterxml.jackson.annotation.JsonFormat.class)
        && !m.hasAnnotation(com.fasterxml.jackson.annotation.JsonValue.class)
        && !m.hasAnnotation(com.fasterxml.jackson.annotation.JsonUnwrapped.class);
  }

  private static String differences(ObjectNode a, ObjectNode b) {
    TreeSet<String> names = new TreeSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    List<String> out = new ArrayList<>();
    for (String n : names) {
      JsonNode va = a.get(n);
      JsonNode vb = b.get(n);
      if (va == null ? vb != null : !va.equals(vb)) {
        out.add(n + " " + show(va) + " vs " + show(vb));
      }
    }
    return String.join(", ", out);
  }

  private static String show(JsonNode v) {
    return v == null || v.isNull() ? "absent" : v.isTextual() ? v.asText() : v.toString();
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new TreeMap<>();
    for (String kind : Fact.kinds().keySet()) {
      String resource = "/gate-schemas/facts/" + kind + ".schema.json";
      try (InputStream in = Subjects.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no schema `" + resource + "` for fact kind `" + kind + "`");
        }
        JsonNode subject = Json.MAPPER.readTree(in).get("x-subject");
        if (subject == null || !subject.isArray()) {
          throw new IllegalStateException("schema of fact kind `" + kind + "` declares no `x-subject` list");
        }
        List<String> fields = new ArrayList<>();
        for (Iterator<JsonNode> it = subject.elements(); it.hasNext(); ) {
          fields.add(it.next().asText());
        }
        out.put(kind, List.copyOf(fields));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
