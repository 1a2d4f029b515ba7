package dev.gateadjudicator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises values that look like credentials, so that none ever lands in a fact, an artifact, a report or a
 * log. The rules are data: {@code rules/credentials.json} (packaged as {@code gate-policies/credentials.json}),
 * extended by a policy folder's own {@code credentials.json}. They are deliberately broad: a false positive is an
 * input error the collector can fix, a false negative is a leaked secret. A match is reported by rule id only,
 * never with the value.
 *
 * <p>Scanning runs in time linear in the text and in constant stack: each rule is a literal prefix (or, with no
 * prefix, a maximal run of one character class) followed by parts matched without backtracking: literals,
 * fixed-width classes and maximal runs of a class whose length must fall in a range. A maximal run is measured
 * once and reused by every later candidate that starts inside it, and a run with required characters has a
 * bounded length.
 */
public final class Secrets {
  /** The bundled rules' resource. */
  public static final String BUNDLED = "gate-policies/credentials.json";
  /** The schema of a credential rules file, below {@code schemas/}. */
  public static final String SCHEMA = "credential_rules.schema.json";
  /** A policy folder's own rules file, added to the bundled ones. */
  public static final String POLICY_FILE = "credentials.json";

  private static final Secrets DEFAULT = bundled();

  private final List<Rule> rules;
  /** Each rule's {@link Rule#minLength()}, by index. */
  private final int[] minLengths;

  private Secrets(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.minLengths = this.rules.stream().mapToInt(Rule::minLength).toArray();
  }

  /**
   * The bundled rules.
   *
   * @return the default scanner
   */
  public static Secrets defaults() {
    return DEFAULT;
  }

  /**
   * The first credential rule the text matches, with the bundled rules.
   *
   * @param text any text
   * @return the rule id, for example {@code aws-secret-access-key}, or empty
   */
  public static Optional<String> find(String text) {
    return DEFAULT.scan(text);
  }

  /**
   * The bundled rules plus the rules of a credential rules document (a policy folder's {@code credentials.json}).
   *
   * @param json the document
   * @param source its name, for messages
   * @return the scanner
   * @throws IllegalArgumentException when the document is not a valid rules file or an example fails
   */
  public Secrets plus(byte[] json, String source) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(parse(json, source));
    return new Secrets(all);
  }

  /**
   * A scanner of one rule alone, to test it.
   *
   * @param rule a rule
   * @return the scanner
   */
  public static Secrets only(Rule rule) {
    return new Secrets(List.of(rule));
  }

  /**
   * The rules, in the order they are tried.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The first rule the text matches.
   *
   * @param text any text
   * @return the rule id, or empty
   */
  public Optional<String> scan(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String lower = null;
    for (int k = 0; k < minLengths.length; k++) {
      if (text.length() < minLengths[k]) {
        continue;
      }
      Rule r = rules.get(k);
      if (r.ignoreCase() && lower == null) {
        lower = lowerAligned(text);
      }
      if (r.matches(text, lower)) {
        return Optional.of(r.id());
      }
    }
    return Optional.empty();
  }

  /**
   * The first string in a JSON tree, value or object key, that matches a rule, as a JSON pointer and rule id.
   * Iterative, so a deeply nested document cannot exhaust the stack.
   *
   * @param tree a JSON tree
   * @return the pointer and rule id of the first hit, or empty
   */
  public Optional<Hit> scanTree(JsonNode tree) {
    // each entry is a node and where it sits; the pointer text is built only for a hit
    java.util.ArrayDeque<Step> todo = new java.util.ArrayDeque<>();
    todo.push(new Step(tree, null, null));
    while (!todo.isEmpty()) {
      Step item = todo.pop();
      JsonNode node = item.node();
      if (node.isTextual()) {
        Optional<String> id = scan(node.textValue());
        if (id.isPresent()) {
          return Optional.of(new Hit(item.pointer(), id.get()));
        }
      } else if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          todo.push(new Step(node.get(i), item, Integer.toString(i)));
        }
      } else if (node.isObject()) {
        List<java.util.Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
        node.fields().forEachRemaining(fields::add);
        for (int i = fields.size() - 1; i >= 0; i--) {
          String key = fields.get(i).getKey();
          Step child = new Step(fields.get(i).getValue(), item, key.replace("~", "~0").replace("/", "~1"));
          Optional<String> id = scan(key);
          if (id.isPresent()) {
            return Optional.of(new Hit(child.pointer(), id.get()));
          }
          todo.push(child);
        }
      }
    }
    return Optional.empty();
  }

  /** A node of a tree being scanned, its parent and its escaped name in the parent ({@code null} at the root). */
  private record Step(JsonNode node, Step parent, String name) {
    String pointer() {
      return parent == null ? "" : parent.pointer() + "/" + name;
    }
  }

  /**
   * Where a credential was found.
   *
   * @param path the JSON pointer of the value (or key)
   * @param rule the rule id
   */
  public record Hit(String path, String rule) {}

  /**
   * Lowercases char by char, so that indexes line up with the original text. ASCII text, nearly every text
   * scanned, lowercases the same way through {@link String#toLowerCase(Locale)}, which returns the text itself
   * when it has no capital and copies it once otherwise.
   */
  private static String lowerAligned(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  private static Secrets bundled() {
    try (InputStream in = Secrets.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled credential rules `" + BUNDLED + "` are missing");
      }
      return new Secrets(parse(in.readAllBytes(), BUNDLED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a credential rules document, checks it against its schema and checks every rule's examples.
   *
   * @param json the document
   * @param source its name, for messages
   * @return the rules
   */
  static List<Rule> parse(byte[] json, String source) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("`" + source + "` is not JSON");
    }
    List<Schemas.Violation> violations = Schemas.validate(SCHEMA, tree);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("`" + source + "` `" + violations.get(0).path() + "` "
          + violations.get(0).message());
    }
    List<Rule> out = new ArrayList<>();
    for (JsonNode r : tree.get("rules")) {
      Rule rule = Rule.of(r);
      for (JsonNode p : r.path("examples").path("positive")) {
        if (!rule.matches(p.textValue(), lowerAligned(p.textValue()))) {
          throw new IllegalArgumentException("`" + source + "` rule `" + rule.id() + "` misses its positive example");
        }
      }
      for (JsonNode n : r.path("examples").path("negative")) {
        if (rule.matches(n.textValue(), lowerAligned(n.textValue()))) {
          throw new IllegalArgumentException("`" + source + "` rule `" + rule.id() + "` matches its negative example");
        }
      }
      out.add(rule);
    }
    return out;
  }

  /**
   * A set of characters, from a bracket expression such as {@code [A-Za-z0-9_-]} or {@code [^\s"']}.
   */
  public static final class CharClass {
    private final boolean[] ascii = new boolean[128];
    private final boolean negated;
    private final boolean space;

    CharClass(String spec) {
      if (spec.length() < 2 || spec.charAt(0) != '[' || spec.charAt(spec.length() - 1) != ']') {
        throw new IllegalArgumentException("character class `" + spec + "` must be in brackets");
      }
      String body = spec.substring(1, spec.length() - 1);
      negated = body.startsWith("^");
      if (negated) {
        body = body.substring(1);
      }
      boolean ws = false;
      List<Character> chars = new ArrayList<>();
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\' && i + 1 < body.length()) {
          char e = body.charAt(++i);
          if (e == 's') {
            ws = true;
            continue;
          }
          chars.add(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
        } else if (c == '-' && !chars.isEmpty() && i + 1 < body.length()) {
          char from = chars.get(chars.size() - 1);
          char to = body.charAt(++i);
          for (char x = from; x <= to && x < 128; x++) {
            ascii[x] = true;
          }
        } else {
          chars.add(c);
        }
      }
      for (char c : chars) {
        if (c < 128) {
          ascii[c] = true;
        }
      }
      space = ws;
    }

    boolean has(char c) {
      boolean in = c < 128 ? ascii[c] || (space && Character.isWhitespace(c)) : space && Character.isWhitespace(c);
      return in != negated;
    }
  }

  /** One part of a rule after its prefix. */
  private static final class Part {
    final List<String> literals;
    final CharClass cls;
    final int count;
    final int min;
    final int max;
    final List<CharClass> requires;
    int runStart = -1;
    int runEnd = -1;

    Part(List<String> literals, CharClass cls, int count, int min, int max, List<CharClass> requires) {
      this.literals = literals;
      this.cls = cls;
      this.count = count;
      this.min = min;
      this.max = max;
      this.requires = requires;
    }

    /** Where the maximal run of this part's class starting at {@code s} ends; reuses the last run measured. */
    int runEnd(String text, int s) {
      if (runStart >= 0 && s >= runStart && s <= runEnd) {
        return runEnd;
      }
      int e = s;
      while (e < text.length() && cls.has(text.charAt(e))) {
        e++;
      }
      runStart = s;
      runEnd = e;
      return e;
    }
  }

  /**
   * One credential rule.
   *
   * @param id the rule id, in messages
   * @param description what it recognises
   * @param ignoreCase whether prefixes and literals ignore case
   * @param prefixes the literal openings (empty: the first part's runs are the candidates)
   * @param notPrecededBy a class that must not precede the match, or {@code null}
   * @param notFollowedBy a class that must not follow the match, or {@code null}
   * @param parts what follows the prefix, in order
   */
  public record Rule(String id, String description, boolean ignoreCase, List<String> prefixes,
      CharClass notPrecededBy, CharClass notFollowedBy, List<Object> parts) {

    /**
     * The fewest characters any match spans: the shortest prefix plus each part's least width. A shorter text
     * cannot match, so the scan skips it (the lowercased text keeps the length, char for char).
     */
    int minLength() {
      int n = prefixes.stream().mapToInt(String::length).min().orElse(0);
      for (Object p : parts) {
        if (p instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String) {
          n += l.stream().mapToInt(x -> ((String) x).length()).min().orElse(0);
        } else if (p instanceof int[] w) {
          n += w[0] >= 0 ? w[0] : w[1];
        }
      }
      return n;
    }

    static Rule of(JsonNode r) {
      boolean ic = r.path("ignore_case").asBoolean(false);
      List<String> prefixes = new ArrayList<>();
      r.path("prefixes").forEach(p -> prefixes.add(ic ? p.textValue().toLowerCase(Locale.ROOT) : p.textValue()));
      List<Object> parts = new ArrayList<>();
      for (JsonNode p : r.path("parts")) {
        if (p.has("literal") || p.has("literal_any")) {
          List<String> lits = new ArrayList<>();
          if (p.has("literal")) {
            lits.add(p.get("literal").textValue());
          }
          p.path("literal_any").forEach(l -> lits.add(l.textValue()));
          parts.add(lits.stream().map(l -> ic ? l.toLowerCase(Locale.ROOT) : l).toList());
        } else {
          List<CharClass> req = new ArrayList<>();
          p.path("requires").forEach(c -> req.add(new CharClass(c.textValue())));
          int count = p.path("count").asInt(-1);
          int max = p.path("max").asInt(Integer.MAX_VALUE);
          if (!req.isEmpty() && max > 4096) {
            throw new IllegalArgumentException("rule `" + r.path("id").textValue()
                + "`: a part with `requires` needs a `max` of at most 4096");
          }
          parts.add(new int[] {count, p.path("min").asInt(0), max, 0});
          parts.add(new CharClass(p.get("class").textValue()));
          parts.add(req);
        }
      }
      if (prefixes.isEmpty() && (parts.isEmpty() || !(parts.get(0) instanceof int[]))) {
        throw new IllegalArgumentException("rule `" + r.path("id").textValue()
            + "`: a rule without prefixes must start with a character class");
      }
      return new Rule(r.get("id").textValue(), r.path("description").asText(""), ic, List.copyOf(prefixes),
          r.has("not_preceded_by") ? new CharClass(r.get("not_preceded_by").textValue()) : null,
          r.has("not_followed_by") ? new CharClass(r.get("not_followed_by").textValue()) : null,
          List.copyOf(parts));
    }

    /** Fresh per-scan state: the run memo of every class part. */
    @SuppressWarnings("unchecked")
    private List<Part> compile() {
      List<Part> out = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        Object p = parts.get(i);
        if (p instanceof List<?> lits) {
          out.add(new Part((List<String>) lits, null, 0, 0, 0, List.of()));
        } else {
          int[] n = (int[]) p;
          out.add(new Part(null, (CharClass) parts.get(i + 1), n[0], n[1], n[2], (List<CharClass>) parts.get(i + 2)));
          i += 2;
        }
      }
      return out;
    }

    boolean matches(String text, String lower) {
      String search = ignoreCase ? lower : text;
      if (prefixes.isEmpty()) {
        List<Part> ps = compile();
        CharClass first = ps.get(0).cls;
        for (int i = 0; i < text.length(); i++) {
          if (first.has(text.charAt(i)) && (i == 0 || !first.has(text.charAt(i - 1)))) {
            if (matchAt(text, search, ps, i, i)) {
              return true;
            }
            // no run starts inside this one, and the character ending it is not of the class: skip past both
            i = ps.get(0).runEnd(text, i);
          }
        }
        return false;
      }
      List<Part> ps = null;   // the per-scan run memo, made once a prefix occurs
      // indexed loops: this runs for every rule and every string scanned, and an iterator per loop adds up
      for (int k = 0; k < prefixes.size(); k++) {
        String prefix = prefixes.get(k);
        for (int i = search.indexOf(prefix); i >= 0; i = search.indexOf(prefix, i + 1)) {
          if (ps == null) {
            ps = compile();
          }
          if (matchAt(text, search, ps, i, i + prefix.length())) {
            return true;
          }
        }
        if (ps != null) {
          for (int j = 0; j < ps.size(); j++) {
            ps.get(j).runStart = -1;
          }
        }
      }
      return false;
    }

    private boolean matchAt(String text, String search, List<Part> ps, int start, int from) {
      if (notPrecededBy != null && start > 0 && notPrecededBy.has(search.charAt(start - 1))) {
        return false;
      }
      int at = from;
      for (Part p : ps) {
        if (p.literals != null) {
          String hit = null;
          for (String l : p.literals) {
            if (search.startsWith(l, at)) {
              hit = l;
              break;
            }
          }
          if (hit == null) {
            return false;
          }
          at += hit.length();
        } else if (p.count >= 0) {
          if (at + p.count > text.length()) {
            return false;
          }
          for (int k = at; k < at + p.count; k++) {
            if (!p.cls.has(text.charAt(k))) {
              return false;
            }
          }
          at += p.count;
        } else {
          int end = p.runEnd(text, at);
          int len = end - at;
          if (len < p.min || len > p.max) {
            return false;
          }
          for (CharClass need : p.requires) {
            boolean found = false;
            for (int k = at; k < end && !found; k++) {
              found = need.has(text.charAt(k));
            }
            if (!found) {
              return false;
            }
          }
          at = end;
        }
      }
      return notFollowedBy == null || at >= text.length() || !notFollowedBy.has(text.charAt(at));
    }
  }
}
