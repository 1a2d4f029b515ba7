package dev.gateadjudicator.collect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handle pins read from a registry file: the JSON form (an object whose {@code handles} member maps
 * names to scalars, as in a fact set) or a Markdown registry whose table rows and list items carry
 * {@code `NAME` = `value`} pairs ({@code TO_PIN} marks a declared but unpinned handle).
 *
 * <p>A name pinned twice to the same value is accepted; pinned twice to different values it is
 * ambiguous and rejected with an error naming both lines.
 *
 * @param source the file or label the pins were read from
 * @param handles the pins by name: strings, {@link BigDecimal}s or booleans
 */
public record HandleRegistry(String source, SortedMap<String, Object> handles) {

  private static final Pattern PIN = Pattern.compile("`([A-Za-z][A-Za-z0-9_.-]*)`\\s*=\\s*`([^`]*)`");
  private static final Pattern ITEM = Pattern.compile("^\\s*(\\||[-*+]\\s|\\d+[.)]\\s).*");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");

  /** Validates and copies the pins. */
  public HandleRegistry {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("`source` must be a non-empty string");
    }
    if (handles == null) {
      throw new IllegalArgumentException("`handles` is required");
    }
    handles = Collections.unmodifiableSortedMap(new TreeMap<>(handles));
  }

  /**
   * Reads a registry file: JSON when it starts with <code>{</code>, Markdown otherwise.
   *
   * @param file the registry file
   * @return the pins
   * @throws IllegalArgumentException naming the file and line of a syntax error or an ambiguous duplicate
   * @throws UncheckedIOException when the file cannot be read
   */
  public static HandleRegistry read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry `" + file + "`", e);
    }
  }

  /**
   * Parses registry text.
   *
   * @param source a label for error messages, usually the file name
   * @param text the registry text
   * @return the pins
   * @throws IllegalArgumentException naming the line of a syntax error or an ambiguous duplicate
   */
  public static HandleRegistry parse(String source, String text) {
    String trimmed = text.stripLeading();
    return trimmed.startsWith("{") ? parseJson(source, text) : parseMarkdown(source, text);
  }

  /**
   * The value of a handle that is pinned (present, not {@code TO_PIN}, not blank).
   *
   * @param name the handle name
   * @return the value as text, or {@code null} when absent or unpinned
   */
  public String pinned(String name) {
    Object v = handles.get(name);
    if (v == null) {
      return null;
    }
    String t = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    return t.isBlank() || "TO_PIN".equals(t.trim()) ? null : t.trim();
  }

  private static HandleRegistry parseMarkdown(String source, String text) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    String[] all = text.split("\r?\n", -1);
    boolean fenced = false;
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || !ITEM.matcher(line).matches()) {
        continue;
      }
      Matcher m = PIN.matcher(line);
      while (m.find()) {
        put(source, values, lines, m.group(1), scalar(m.group(2).trim()), i + 1);
      }
    }
    return new HandleRegistry(source, new TreeMap<>(values));
  }

  private static Object scalar(String raw) {
    if ("true".equals(raw) || "false".equals(raw)) {
      return Boolean.valueOf(raw);
    }
    if (INTEGER.matcher(raw).matches() || DECIMAL.matcher(raw).matches()) {
      return new BigDecimal(raw);
    }
    return raw;
  }

  private static void put(
      String source, Map<String, Object> values, Map<String, Integer> lines, String name, Object value, int line) {
    Object old = values.get(name);
    if (old != null && !old.equals(value)) {
      throw new IllegalArgumentException("registry `" + source + "`: handle `" + name + "` is pinned twice with different values, `"
          + old + "` at line " + lines.get(name) + " and `" + value + "` at line " + line);
    }
    if (old == null) {
      values.put(name, value);
      lines.put(name, line);
    }
  }

  private static HandleRegistry parseJson(String source, String text) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    boolean found = false;
    try (JsonParser p = new JsonFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("registry `" + source + "`: expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!"handles".equals(field)) {
          p.skipChildren();
          continue;
        }
        if (t != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("registry `" + source + "` line " + line(p) + ": `handles` must be an object");
        }
        found = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int at = line(p);
          JsonToken v = p.nextToken();
          Object value = switch (v) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("registry `" + source + "` line " + at + ": `handles."
                + name + "` must be a string, number or boolean");
          };
          put(source, values, lines, name, value, at);
        }
      }
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("registry `" + source + "` line " + e.getLocation().getLineNr()
          + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!found) {
      throw new IllegalArgumentException("registry `" + source + "`: no `handles` object");
    }
    return new HandleRegistry(source, new TreeMap<>(values));
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
