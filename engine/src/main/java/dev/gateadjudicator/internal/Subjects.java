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
    // only facts of one kind can contradict each other: a kind with one fact needs no tree
    Map<String, Integer> perKind = new java.util.HashMap<>();
    facts.forEach(f -> perKind.merge(f.kind(), 1, Integer::sum));
    for (Fact f : facts) {
      List<String> fields = SUBJECTS.get(f.kind());
      if (fields == null || perKind.get(f.kind()) < 2) {
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
