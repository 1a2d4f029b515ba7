package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.rules.Execution;
import dev.gateadjudicator.rules.RunWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The figures a snapshot records, computed from the fact set as its taxonomy entry declares them (no wall-clock,
 * deterministic). A declaration names the figure and one of: {@code "count": kind} (matching facts),
 * {@code "sum": "kind.field"}, {@code "value": "kind.field"} (the one matching fact's field; a list when several
 * match, {@code null} when none) or {@code "handle": NAME}. {@code "where"} filters facts by field: a literal (an array
 * literal compares as a whole), {@code {"any_of": [...]}}, {@code {"handle": NAME}} (the handle's value) or {@code {"fact_set": field}} (an envelope
 * field such as {@code platform_run_id}); {@code "in_run_window": true} keeps facts whose window lies inside the run
 * window. An optional {@code "threshold"} (a number or {@code {"handle": NAME}}) with {@code "compare"} ({@code <=},
 * {@code <}, {@code >=}, {@code >}, {@code ==}) adds the limit and {@code within_threshold}, false when either side
 * is not a number.
 */
final class Figures {
  private Figures() {}

  /**
   * Computes declared figures.
   *
   * @param declarations the snapshot's {@code figures} declarations
   * @param factSet the canonical fact set
   * @param factSetTree {@link FactSetCodec#toTree} of {@code factSet} (read, never changed): the envelope and the
   *     facts' trees come from it
   * @return one object per declaration, in declaration order
   */
  static ArrayNode compute(List<JsonNode> declarations, FactSet factSet, JsonNode factSetTree) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    if (declarations.isEmpty()) {
      return out;
    }
    // only facts of a kind some declaration reads can match (the match checks the kind first)
    java.util.Set<String> kinds = new java.util.HashSet<>();
    for (JsonNode d : declarations) {
      kinds.add(kindOf(d));
    }
    JsonNode envelope = factSetTree;
    List<JsonNode> facts = new ArrayList<>();
    JsonNode factTrees = factSetTree.path("facts");
    for (int i = 0; i < factSet.facts().size(); i++) {
      if (kinds.contains(factSet.facts().get(i).kind())) {
        facts.add(factTrees.get(i));
      }
    }
    Handle start = factSet.handles().containsKey(RunWindow.START_HANDLE)
        ? new Handle(RunWindow.START_HANDLE, factSet.handles().get(RunWindow.START_HANDLE)) : null;
    RunWindow window = RunWindow.of(new Execution(factSet.phase(), factSet.lane(), false, factSet.executionId(),
        factSet.platformRunId(), factSet.capturedAt()), start);
    for (JsonNode d : declarations) {
      ObjectNode fig = out.addObject();
      fig.put("name", d.path("name").asText());
      JsonNode value = value(d, factSet, envelope, facts, window);
      fig.set("value", value);
      if (d.has("threshold")) {
        JsonNode limit = resolve(d.get("threshold"), factSet, envelope);
        String compare = d.path("compare").asText("<=");
        fig.set("threshold", limit);
        fig.put("compare", compare);
        fig.put("within_threshold", holds(value, compare, limit));
      }
    }
    return out;
  }

  /** The fact kind a declaration reads, or {@code null} for a handle figure. */
  private static String kindOf(JsonNode d) {
    if (d.has("handle")) {
      return null;
    }
    if (d.has("count")) {
      return d.get("count").asText();
    }
    return d.path(d.has("sum") ? "sum" : "value").asText().split("\\.", 2)[0];
  }

  private static JsonNode value(JsonNode d, FactSet fs, JsonNode envelope, List<JsonNode> facts, RunWindow window) {
    if (d.has("handle")) {
      return resolve(d, fs, envelope);
    }
    String kind = kindOf(d);
    String op = d.has("count") ? "count" : d.has("sum") ? "sum" : "value";
    String[] kf = op.equals("count") ? new String[0] : d.path(op).asText().split("\\.", 2);
    String field = kf.length > 1 ? kf[1] : null;
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode f : facts) {
      if (f.path("kind").asText().equals(kind) && matches(f, d.path("where"), fs, envelope)
          && (!d.path("in_run_window").asBoolean(false) || inWindow(f, window))) {
        matching.add(f);
      }
    }
    switch (op) {
      case "count":
        return Json.MAPPER.getNodeFactory().numberNode(matching.size());
      case "sum":
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode f : matching) {
          if (f.path(field).isNumber()) {
            sum = sum.add(f.get(field).decimalValue());
          }
        }
        return sum.stripTrailingZeros().scale() <= 0
            ? Json.MAPPER.getNodeFactory().numberNode(sum.toBigInteger())
            : Json.MAPPER.getNodeFactory().numberNode(sum.stripTrailingZeros());
      default:
        if (matching.isEmpty()) {
          return Json.MAPPER.getNodeFactory().nullNode();
        }
        if (matching.size() == 1) {
          return matching.get(0).path(field).deepCopy();
        }
        ArrayNode all = Json.MAPPER.createArrayNode();
        for (JsonNode f : matching) {
          all.add(f.path(field).deepCopy());
        }
        return all;
    }
  }

  private static boolean inWindow(JsonNode f, RunWindow window) {
    try {
      return window.contains(Instant.parse(f.path("window_start").asText()), Instant.parse(f.path("window_end").asText()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean matches(JsonNode f, JsonNode where, FactSet fs, JsonNode envelope) {
    for (Iterator<Map.Entry<String, JsonNode>> it = where.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode want = e.getValue();
      JsonNode have = f.path(e.getKey());
      if (want.isObject() && want.has("any_of")) {
        boolean any = false;
        for (JsonNode w : want.get("any_of")) {
          any |= same(have, resolve(w, fs, envelope));
        }
        if (!any) {
          return false;
        }
      } else if (!same(have, resolve(want, fs, envelope))) {
        return false;
      }
    }
    return true;
  }

  /** A literal, {@code {"handle": NAME}} (the pinned value, or null) or {@code {"fact_set": field}}. */
  private static JsonNode resolve(JsonNode ref, FactSet fs, JsonNode envelope) {
    if (ref.isObject() && ref.has("handle")) {
      Object v = fs.handles().get(ref.get("handle").asText());
      return v == null ? Json.MAPPER.getNodeFactory().nullNode() : Json.MAPPER.valueToTree(v);
    }
    if (ref.isObject() && ref.has("fact_set")) {
      return envelope.path(ref.get("fact_set").asText()).deepCopy();
    }
    return ref;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() || b.isArray()) {
      return a.equals(b);
    }
    return a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText()) && !a.isNull() && !b.isNull();
  }

  private static boolean holds(JsonNode value, String compare, JsonNode limit) {
    BigDecimal v = number(value);
    BigDecimal l = number(limit);
    if (v == null || l == null) {
      return false;
    }
    int c = v.compareTo(l);
    return switch (compare) {
      case "<" -> c < 0;
      case ">=" -> c >= 0;
      case ">" -> c > 0;
      case "==" -> c == 0;
      default -> c <= 0;
    };
  }

  private static BigDecimal number(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual()) {
      try {
        return new BigDecimal(n.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
