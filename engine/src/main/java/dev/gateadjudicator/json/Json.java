package dev.gateadjudicator.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson configuration of the project: snake_case on the wire, strict reading (unknown
 * properties, duplicate keys and trailing tokens are errors, numbers keep their precision), and a
 * canonical writer (sorted map keys, two-space indent, LF, trailing newline) so artifacts are byte-stable.
 */
public final class Json {
  /** The shared mapper. Thread-safe once configured. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new JavaTimeModule())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .configure(JsonParser.Feature.ALLOW_COMMENTS, false)
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /**
   * Canonical pretty JSON bytes with a trailing newline.
   *
   * @param value a record, map or tree
   * @return UTF-8 bytes
   */
  public static byte[] pretty(Object value) {
    try {
      return (PRETTY.writeValueAsString(canonicalTree(value)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text {@link #pretty} writes, of a tree that is already canonical ({@link #canonicalTree}): not sorted
   * again, and never turned into bytes and back.
   *
   * @param canonical a canonical tree
   * @return the pretty JSON text with a trailing newline
   */
  public static String prettyText(JsonNode canonical) {
    // written into this thread's builder and copied out once, rather than through a segmented writer, its
    // joined array, the string made of it and that string with the newline appended
    TextBuffer buffer = TEXT.get();
    buffer.text.setLength(0);
    try {
      PRETTY.writeValue(buffer, canonical);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    String out = buffer.text.append('\n').toString();
    if (buffer.text.capacity() > 1 << 20) {
      TEXT.remove();   // keep no megabyte buffer around for one large artifact
    }
    return out;
  }

  private static final ThreadLocal<TextBuffer> TEXT = ThreadLocal.withInitial(TextBuffer::new);

  /** A writer into a reusable builder; closing it keeps the text. */
  private static final class TextBuffer extends java.io.Writer {
    final StringBuilder text = new StringBuilder(8192);

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      text.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Canonical compact JSON: sorted keys, no whitespace. Used for digests and content ids.
   *
   * @param value a record, map or tree
   * @return the JSON text
   */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(canonicalTree(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The value as a tree with object keys sorted at every depth. A tree (or part of one) whose keys are already in
   * order is returned as it is rather than copied: records and sorted maps serialise in order, so most trees are.
   *
   * @param value a record, map or tree
   * @return the tree; the given tree itself when it was already sorted
   */
  public static JsonNode canonicalTree(Object value) {
    JsonNode tree = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
    return sort(tree);
  }

  /**
   * Sorts without allocating while the tree is already in order (the usual case): a copy is made of an object or
   * array only from its first member that differs, reusing the members already walked.
   */
  private static JsonNode sort(JsonNode node) {
    if (node.isObject()) {
      int k = 0;
      String previous = null;
      for (var it = node.fields(); it.hasNext(); k++) {
        var e = it.next();
        JsonNode v = sort(e.getValue());
        if (v != e.getValue() || (previous != null && previous.compareTo(e.getKey()) >= 0)) {
          return sortedCopy(node, k, v);
        }
        previous = e.getKey();
      }
      return node;
    }
    if (node.isArray()) {
      for (int k = 0; k < node.size(); k++) {
        JsonNode v = sort(node.get(k));
        if (v != node.get(k)) {
          var out = MAPPER.createArrayNode();
          for (int j = 0; j < node.size(); j++) {
            out.add(j < k ? node.get(j) : j == k ? v : sort(node.get(j)));
          }
          return out;
        }
      }
      return node;
    }
    return node;
  }

  /** An object's members sorted by key, those before {@code k} as they are, member {@code k} as {@code v}. */
  private static JsonNode sortedCopy(JsonNode node, int k, JsonNode v) {
    java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
    int j = 0;
    for (var it = node.fields(); it.hasNext(); j++) {
      var e = it.next();
      sorted.put(e.getKey(), j < k ? e.getValue() : j == k ? v : sort(e.getValue()));
    }
    var out = MAPPER.createObjectNode();
    sorted.forEach(out::set);
    return out;
  }
}
