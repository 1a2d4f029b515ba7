package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates a passing fact set: a contradiction (a second fact of one kind and subject, per the kind's
 * {@code x-subject}, with one other field changed), the deletion of one fact, the corruption of one field
 * (type-preserving changes, nulls, enum swaps from the kind's schema), a shifted window or {@code captured_at},
 * a removed, unpinned or corrupted handle, or an injected {@code collection_error}. Deterministic for a seed.
 */
final class Generator {
  static final List<String> FAMILIES = List.of(
      "contradiction", "delete", "corrupt", "add_field", "window_shift", "captured_at_shift", "handle",
      "collection_error");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Generator() {}

  /** One mutation of a fact set, chosen by {@code rnd}. */
  static Mutation next(JsonNode base, SplittableRandom rnd) {
    List<JsonNode> facts = new ArrayList<>();
    base.path("facts").forEach(facts::add);
    for (int attempt = 0; attempt < 20; attempt++) {
      String family = FAMILIES.get(rnd.nextInt(FAMILIES.size()));
      Mutation m = switch (family) {
        case "contradiction" -> contradiction(facts, rnd);
        case "delete" -> delete(facts, rnd);
        case "corrupt" -> corrupt(facts, rnd);
        case "add_field" -> addField(facts, rnd);
        case "window_shift" -> windowShift(facts, rnd);
        case "captured_at_shift" -> capturedAtShift(base, facts, rnd);
        case "handle" -> handle(base, rnd);
        default -> collectionError(rnd);
      };
      if (m != null) {
        return m;
      }
    }
    return collectionError(rnd);
  }

  private static int pick(List<JsonNode> facts, SplittableRandom rnd, boolean evidenceOnly) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      String k = facts.get(i).path("kind").asText();
      if (!evidenceOnly || !(k.equals("collection_error") || k.equals("waiver"))) {
        idx.add(i);
      }
    }
    return idx.isEmpty() ? -1 : idx.get(rnd.nextInt(idx.size()));
  }

  private static String name(JsonNode fact) {
    return fact.path("kind").asText() + " " + fact.path("id").asText("(no id)");
  }

  private static Mutation contradiction(List<JsonNode> facts, SplittableRandom rnd) {
    int i = pick(facts, rnd, true);
    if (i < 0) {
      return null;
    }
    JsonNode fact = facts.get(i);
    String kind = fact.path("kind").asText();
    List<String> subject = FactKindData.subject(kind);
    List<String> fields = new ArrayList<>();
    fact.fieldNames().forEachRemaining(f -> {
      if (!subject.contains(f) && !List.of("kind", "id", "source").contains(f)) {
        fields.add(f);
      }
    });
    if (fields.isEmpty()) {
      return null;
    }
    String field = fields.get(rnd.nextInt(fields.size()));
    JsonNode changed = changeValue(kind, field, fact.get(field), rnd, false);
    if (changed == null || same(changed, fact.get(field))) {
      return null;
    }
    String id = fact.path("id").asText("fact") + "-contradicting";
    return new Mutation("contradiction", "second " + name(fact) + " as `" + id + "` with " + field + " "
        + fact.get(field) + " -> " + changed, true, fs -> {
          ObjectNode copy = fact.deepCopy();
          copy.put("id", id);
          copy.set(field, changed);
          ((ArrayNode) fs.get("facts")).add(copy);
          return fs;
        });
  }

  private static Mutation delete(List<JsonNode> facts, SplittableRandom rnd) {
    int i = pick(facts, rnd, false);
    if (i < 0) {
      return null;
    }
    return new Mutation("delete", "remove " + name(facts.get(i)), false, fs -> {
      ((ArrayNode) fs.get("facts")).remove(i);
      return fs;
    });
  }

  private static Mutation corrupt(List<JsonNode> facts, SplittableRandom rnd) {
    int i = pick(facts, rnd, false);
    if (i < 0) {
      return null;
    }
    JsonNode fact = facts.get(i);
    String kind = fact.path("kind").asText();
    List<String> fields = new ArrayList<>();
    fact.fieldNames().forEachRemaining(f -> {
      if (!List.of("kind", "id").contains(f)) {
        fields.add(f);
      }
    });
    if (fields.isEmpty()) {
      return null;
    }
    String field = fields.get(rnd.nextInt(fields.size()));
    JsonNode changed = changeValue(kind, field, fact.get(field), rnd, true);
    if (changed == null || same(changed, fact.get(field))) {
      return null;
    }
    return new Mutation("corrupt", name(fact) + ": " + field + " " + fact.get(field) + " -> " + changed, false, fs -> {
      ((ObjectNode) fs.get("facts").get(i)).set(field, changed);
      return fs;
    });
  }

  /** A field the fact's kind allows but the fact leaves out, given a value of the field's schema type. */
  private static Mutation addField(List<JsonNode> facts, SplittableRandom rnd) {
    int i = pick(facts, rnd, false);
    if (i < 0) {
      return null;
    }
    JsonNode fact = facts.get(i);
    String kind = fact.path("kind").asText();
    List<String> absent = new ArrayList<>();
    FactKindData.fields(kind).forEach(f -> {
      if (!fact.has(f) && !List.of("kind", "id").contains(f)) {
        absent.add(f);
      }
    });
    if (absent.isEmpty()) {
      return null;
    }
    String field = absent.get(rnd.nextInt(absent.size()));
    JsonNode value = valueOf(FactKindData.field(kind, field), rnd);
    if (value == null) {
      return null;
    }
    return new Mutation("add_field", name(fact) + ": + " + field + " " + value, false, fs -> {
      ((ObjectNode) fs.get("facts").get(i)).set(field, value);
      return fs;
    });
  }

  /** A value a field's schema allows by type (an enum member where it lists one), or {@code null} for objects. */
  private static JsonNode valueOf(JsonNode schema, SplittableRandom rnd) {
    JsonNode en = schema.get("enum");
    if (en != null && en.size() > 0) {
      return en.get(rnd.nextInt(en.size())).deepCopy();
    }
    if (typeIncludes(schema, "null") && rnd.nextInt(4) == 0) {
      return F.nullNode();
    }
    if (typeIncludes(schema, "string")) {
      String[] choices = {"other", "", "TO_PIN", "2026-02-25T17:50:00Z"};
      return F.textNode(choices[rnd.nextInt(choices.length)]);
    }
    if (typeIncludes(schema, "integer") || typeIncludes(schema, "number")) {
      return F.numberNode(rnd.nextInt(4) - 1);
    }
    if (typeIncludes(schema, "boolean")) {
      return F.booleanNode(rnd.nextBoolean());
    }
    if (typeIncludes(schema, "array")) {
      JsonNode items = schema.path("items").get("enum");
      ArrayNode a = F.arrayNode();
      if (rnd.nextBoolean()) {
        a.add(items != null && items.size() > 0 ? items.get(rnd.nextInt(items.size())).deepCopy()
            : F.textNode("NodeCreationFailure"));
      }
      return a;
    }
    return null;
  }

  private static Mutation windowShift(List<JsonNode> facts, SplittableRandom rnd) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).has("window_start")) {
        idx.add(i);
      }
    }
    if (idx.isEmpty()) {
      return null;
    }
    int i = idx.get(rnd.nextInt(idx.size()));
    String field = rnd.nextBoolean() ? "window_start" : "window_end";
    Duration by = shift(rnd);
    JsonNode fact = facts.get(i);
    String to = Instant.parse(fact.get(field).asText()).plus(by).toString();
    return new Mutation("window_shift", name(fact) + ": " + field + " " + fact.get(field).asText() + " -> " + to, false,
        fs -> {
          ((ObjectNode) fs.get("facts").get(i)).put(field, to);
          return fs;
        });
  }

  private static Mutation capturedAtShift(JsonNode base, List<JsonNode> facts, SplittableRandom rnd) {
    Duration by = shift(rnd);
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).has("captured_at")) {
        idx.add(i);
      }
    }
    if (idx.isEmpty() || rnd.nextBoolean()) {
      String to = Instant.parse(base.get("captured_at").asText()).plus(by).toString();
      return new Mutation("captured_at_shift", "fact set captured_at -> " + to, false, fs -> {
        fs.put("captured_at", to);
        return fs;
      });
    }
    int i = idx.get(rnd.nextInt(idx.size()));
    String to = Instant.parse(facts.get(i).get("captured_at").asText()).plus(by).toString();
    return new Mutation("captured_at_shift", name(facts.get(i)) + ": captured_at -> " + to, false, fs -> {
      ((ObjectNode) fs.get("facts").get(i)).put("captured_at", to);
      return fs;
    });
  }

  private static Duration shift(SplittableRandom rnd) {
    long[] seconds = {-86_400, -7_200, -3_600, -900, -60, -1, 1, 60, 900, 3_600, 7_200, 86_400};
    return Duration.ofSeconds(seconds[rnd.nextInt(seconds.length)]);
  }

  private static Mutation handle(JsonNode base, SplittableRandom rnd) {
    List<String> names = new ArrayList<>();
    base.path("handles").fieldNames().forEachRemaining(names::add);
    if (names.isEmpty()) {
      return null;
    }
    String h = names.get(rnd.nextInt(names.size()));
    JsonNode old = base.get("handles").get(h);
    int how = rnd.nextInt(4);
    if (how == 0) {
      return new Mutation("handle", "remove handle " + h, false, fs -> {
        ((ObjectNode) fs.get("handles")).remove(h);
        return fs;
      });
    }
    JsonNode to = how == 1 ? F.textNode("TO_PIN") : how == 2 ? F.textNode("") : changeScalar(old, rnd);
    return new Mutation("handle", "handle " + h + " " + old + " -> " + to, false, fs -> {
      ((ObjectNode) fs.get("handles")).set(h, to);
      return fs;
    });
  }

  private static Mutation collectionError(SplittableRandom rnd) {
    List<String> targets = new ArrayList<>(FactKindData.kinds());
    targets.remove("collection_error");
    targets.add("handles");
    String target = targets.get(rnd.nextInt(targets.size()));
    List<String> errors = new ArrayList<>();
    FactKindData.field("collection_error", "error").path("enum").forEach(e -> errors.add(e.asText()));
    String error = errors.get(rnd.nextInt(errors.size()));
    return new Mutation("collection_error", "collection_error on " + target + " (" + error + ")", true, fs -> {
      ObjectNode ce = F.objectNode();
      ce.put("kind", "collection_error");
      ce.put("id", "generated-collection-error");
      ce.put("collector", "generator");
      ce.put("target_kind", target);
      ce.put("target", "generated");
      ce.put("error", error);
      ((ArrayNode) fs.get("facts")).add(ce);
      return fs;
    });
  }

  /** A different value for a field: an enum swap where the schema has an enum, else a type-preserving change. */
  private static JsonNode changeValue(String kind, String field, JsonNode old, SplittableRandom rnd, boolean allowNull) {
    if (allowNull && rnd.nextInt(6) == 0) {
      return F.nullNode();
    }
    JsonNode schema = FactKindData.field(kind, field);
    JsonNode en = schema == null ? null : schema.get("enum");
    if (en != null && en.size() > 1) {
      List<JsonNode> others = new ArrayList<>();
      en.forEach(v -> {
        if (!v.equals(old)) {
          others.add(v);
        }
      });
      return others.isEmpty() ? null : others.get(rnd.nextInt(others.size()));
    }
    if (old != null && old.isArray()) {
      ArrayNode a = old.deepCopy();
      if (a.size() > 0 && rnd.nextBoolean()) {
        a.remove(rnd.nextInt(a.size()));
      } else {
        JsonNode items = schema == null ? null : schema.path("items").get("enum");
        a.add(items != null && items.size() > 0 ? items.get(rnd.nextInt(items.size())).deepCopy()
            : F.textNode(a.size() > 0 && a.get(0).isTextual() ? a.get(0).asText() + "-other" : "NodeCreationFailure"));
      }
      return a;
    }
    if ((old == null || old.isNull()) && schema != null && typeIncludes(schema, "string")) {
      // a field left null (a reason, an optional name) given text: a claim the fact did not make before
      String[] choices = {"metric missing", "", "TO_PIN"};
      return F.textNode(choices[rnd.nextInt(choices.length)]);
    }
    return changeScalar(old, rnd);
  }

  private static boolean typeIncludes(JsonNode schema, String type) {
    JsonNode t = schema.get("type");
    if (t == null) {
      return false;
    }
    if (t.isTextual()) {
      return t.asText().equals(type);
    }
    for (JsonNode n : t) {
      if (n.asText().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode changeScalar(JsonNode old, SplittableRandom rnd) {
    if (old == null || old.isNull()) {
      return F.numberNode(rnd.nextInt(3));
    }
    if (old.isBoolean()) {
      return F.booleanNode(!old.asBoolean());
    }
    if (old.isNumber()) {
      BigDecimal v = old.decimalValue();
      BigDecimal[] choices = {BigDecimal.ZERO, v.add(BigDecimal.ONE), v.subtract(BigDecimal.ONE), v.multiply(BigDecimal.TEN),
          v.negate(), v.add(new BigDecimal("0.5"))};
      BigDecimal c = choices[rnd.nextInt(choices.length)];
      return old.isIntegralNumber() && c.stripTrailingZeros().scale() <= 0 ? F.numberNode(c.longValue()) : F.numberNode(c);
    }
    String s = old.asText();
    if (looksLikeInstant(s)) {
      return F.textNode(Instant.parse(s).plus(shift(rnd)).toString());
    }
    String[] choices = {s + "-other", "", "TO_PIN", s.toUpperCase(java.util.Locale.ROOT).equals(s) ? s.toLowerCase(java.util.Locale.ROOT) : s.toUpperCase(java.util.Locale.ROOT), "x" + s};
    return F.textNode(choices[rnd.nextInt(choices.length)]);
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a != null && b != null && a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a == null ? b == null : a.equals(b);
  }

  private static boolean looksLikeInstant(String s) {
    try {
      Instant.parse(s);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
