package dev.gateadjudicator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Policy overlays: a policy folder whose {@code policy.json} says {@code {"extends": "default"}} holds only what
 * it changes. Resolving it against its base gives one policy:
 * <ul>
 *   <li>a DRL rule of the overlay replaces the base rule of the same name, and the base rules its
 *       {@code @replaces("name", ...)} names; {@code drop_rules} in {@code policy.json} removes base rules. A
 *       replaced rule's text is blanked in the base file, line breaks kept, so every other rule keeps its file and
 *       line; an overlay DRL file may not reuse a base file's path;</li>
 *   <li>a {@code .json} data file of the overlay at a base file's path is a JSON Merge Patch (RFC 7396) of it;</li>
 *   <li>any other file is added.</li>
 * </ul>
 */
final class Overlays {
  /** The file that declares an overlay, at a policy folder's root. */
  static final String DECLARATION = "policy.json";
  /** The schema of {@link #DECLARATION}, below {@code schemas/}. */
  static final String SCHEMA = "policy.schema.json";
  /** The rule metadata naming the base rules an overlay rule replaces besides its namesake. */
  static final String REPLACES = "replaces";

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Overlays() {}

  /**
   * What a policy folder's {@code policy.json} declares.
   *
   * @param extendsPolicy the base policy: a bundled name, or for a folder a sibling folder name or a relative path
   * @param dropRules base rules the overlay removes
   */
  record Declaration(String extendsPolicy, List<String> dropRules) {}

  /**
   * Reads a declaration, or {@code null} when the files hold none.
   *
   * @param files the policy's own files
   * @return the declaration
   * @throws PolicyException naming {@code policy.json} and line when it is malformed or breaks its schema
   */
  static Declaration declaration(SortedMap<String, byte[]> files) {
    byte[] bytes = files.get(DECLARATION);
    if (bytes == null) {
      return null;
    }
    JsonNode tree = readJson(DECLARATION, bytes);
    List<Schemas.Violation> v = Schemas.validate(SCHEMA, tree);
    if (!v.isEmpty()) {
      throw new PolicyException(DECLARATION, Policy.lineOf(bytes, lastSegment(v.get(0).path())),
          "`" + v.get(0).path() + "` " + v.get(0).message());
    }
    List<String> drop = new ArrayList<>();
    tree.path("drop_rules").forEach(n -> drop.add(n.asText()));
    return new Declaration(tree.path("extends").asText(), List.copyOf(drop));
  }

  /**
   * Resolves an overlay against its (already resolved) base.
   *
   * @param name the overlay's name
   * @param own the overlay's own files
   * @param declaration its declaration
   * @param base the base policy
   * @return the resolved policy
   * @throws PolicyException naming file and line when the overlay replaces or drops a rule the base lacks, reuses
   *     a base DRL path, or holds a malformed patch
   */
  static PolicySource resolve(String name, SortedMap<String, byte[]> own, Declaration declaration,
      PolicySource base) {
    SortedMap<String, byte[]> out = new TreeMap<>(base.files());
    out.remove(DECLARATION);
    Map<String, String> explicit = new LinkedHashMap<>();   // base rule named by @replaces or drop_rules -> where
    TreeSet<String> namesakes = new TreeSet<>();             // overlay rule names (replace a base rule if any)
    declaration.dropRules().forEach(r -> explicit.put(r, DECLARATION + " line "
        + Policy.lineOf(own.get(DECLARATION), r)));
    for (var e : own.entrySet()) {
      String rel = e.getKey();
      byte[] bytes = e.getValue();
      if (rel.endsWith(".drl")) {
        if (base.files().containsKey(rel)) {
          throw new PolicyException(rel, 0, "overlay file `" + rel + "` has the path of a file of `" + base.name()
              + "`: give it a name of its own; its rules replace base rules of the same name (or those `@"
              + REPLACES + "` names)");
        }
        for (RuleDescr r : Policy.parseDrl(rel, bytes).getRules()) {
          namesakes.add(r.getName());
          AnnotationDescr a = r.getAnnotation(REPLACES);
          if (a != null) {
            Matcher m = QUOTED.matcher(String.valueOf(a.getValue()));
            while (m.find()) {
              explicit.put(m.group(1), rel + " line " + r.getLine());
            }
          }
        }
        out.put(rel, bytes);
      } else if (rel.endsWith(".json") && !rel.equals(DECLARATION) && base.files().containsKey(rel)) {
        JsonNode merged = MergePatch.apply(readJson(rel, base.files().get(rel)), readJson(rel, bytes));
        out.put(rel, Json.pretty(merged));
      } else {
        out.put(rel, bytes);
      }
    }
    // blank the base rules the overlay replaces or drops, keeping every line break (so every other rule keeps
    // its line)
    TreeSet<String> blanked = new TreeSet<>();
    for (var e : base.files().entrySet()) {
      if (!e.getKey().endsWith(".drl")) {
        continue;
      }
      List<String> declared = Precompiled.indexedRuleNames(e.getValue());
      if (declared != null && declared.stream().noneMatch(n -> namesakes.contains(n) || explicit.containsKey(n))) {
        continue;   // the build-time index says the file declares none of them: nothing to blank, nothing to parse
      }
      char[] chars = new String(e.getValue(), StandardCharsets.UTF_8).toCharArray();
      boolean changed = false;
      for (RuleDescr r : Policy.parseDrl(e.getKey(), e.getValue()).getRules()) {
        if (namesakes.contains(r.getName()) || explicit.containsKey(r.getName())) {
          for (int i = r.getStartCharacter(); i < Math.min(r.getEndCharacter(), chars.length); i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
              chars[i] = ' ';
            }
          }
          blanked.add(r.getName());
          changed = true;
        }
      }
      if (changed) {
        out.put(e.getKey(), new String(chars).getBytes(StandardCharsets.UTF_8));
      }
    }
    for (var x : explicit.entrySet()) {
      if (!blanked.contains(x.getKey())) {
        String where = x.getValue();
        int at = where.lastIndexOf(" line ");
        throw new PolicyException(where.substring(0, at), Integer.parseInt(where.substring(at + 6)),
            "`" + x.getKey() + "` is not a rule of `" + base.name() + "`: an overlay replaces or drops only rules"
                + " its base has");
      }
    }
    return new PolicySource(name, out);
  }

  private static JsonNode readJson(String rel, byte[] bytes) {
    try {
      return Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new PolicyException(rel, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed json: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PolicyException(rel, 0, "unreadable: " + e.getMessage());
    }
  }

  private static String lastSegment(String pointer) {
    String[] parts = pointer.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
        return parts[i];
      }
    }
    return "extends";
  }
}
