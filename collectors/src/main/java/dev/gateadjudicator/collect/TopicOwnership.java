package dev.gateadjudicator.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.LaneBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code lane_binding}: one fact per row of the topic-ownership table of the handle registry file.
 *
 * <ul>
 *   <li>JSON registry: a {@code topic_ownership} array of objects with {@code topic_handle},
 *       {@code producer_role_handle}, {@code consumer_role_handles} (array) and optionally
 *       {@code routed_role_handles} (array: role handles whose materialization is routed to M2.E).
 *   <li>Markdown registry: a table whose header row names the columns {@code topic_handle},
 *       {@code producer_role_handle}, {@code consumer_role_handles} and optionally {@code routed_role_handles}; cells
 *       hold handle names (backticks allowed), lists comma-separated, {@code -} or nothing for none.
 * </ul>
 *
 * A registry without the table is a {@code NOT_FOUND} error; a row that does not parse is {@code MALFORMED},
 * naming its line.
 */
final class TopicOwnership {
  private static final List<String> COLUMNS = List.of("topic_handle", "producer_role_handle", "consumer_role_handles",
      "routed_role_handles");

  private TopicOwnership() {}

  /**
   * The probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe probe(Context ctx) {
    String source = ctx.request().registry().source();
    return new Probe("topic-ownership", "lane_binding", String.valueOf(source), () -> read(source));
  }

  private static List<Fact> read(String source) throws IOException {
    Path file = source == null ? null : Path.of(source);
    if (file == null || !Files.isRegularFile(file)) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "the topic ownership table is read from the registry file, and `"
          + source + "` is not a readable file");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Fact> rows = text.stripLeading().startsWith("{") ? json(source, text) : markdown(source, text);
    if (rows.isEmpty()) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "registry `" + source + "` has no topic ownership table ("
          + String.join(", ", COLUMNS.subList(0, 3)) + ")");
    }
    return rows;
  }

  private static List<Fact> json(String source, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "` is not JSON");
    }
    List<Fact> out = new ArrayList<>();
    JsonNode table = root.path("topic_ownership");
    if (!table.isMissingNode() && !table.isArray()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "`: `topic_ownership` must be an array");
    }
    for (int i = 0; i < table.size(); i++) {
      JsonNode row = table.get(i);
      String where = "`topic_ownership[" + i + "]`";
      out.add(binding(source, where, text(row, "topic_handle", source, where), text(row, "producer_role_handle", source, where),
          list(row.get("consumer_role_handles"), source, where + ".consumer_role_handles", true),
          list(row.get("routed_role_handles"), source, where + ".routed_role_handles", false)));
    }
    return out;
  }

  private static String text(JsonNode row, String field, String source, String where) {
    JsonNode v = row.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "` " + where + ": `" + field
          + "` is not a non-empty string");
    }
    return v.asText().trim();
  }

  private static List<String> list(JsonNode v, String source, String where, boolean required) {
    if (v == null && !required) {
      return List.of();
    }
    if (v == null || !v.isArray()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "` " + where + " is not an array");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isBlank()) {
        throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "` " + where + " holds a non-string");
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  private static List<Fact> markdown(String source, String text) {
    String[] lines = text.split("\r?\n", -1);
    List<Fact> out = new ArrayList<>();
    int[] index = null;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || !line.startsWith("|")) {
        index = null;
        continue;
      }
      List<String> cells = cells(line);
      if (index == null) {
        index = header(cells);
        continue;
      }
      if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        continue;
      }
      String where = "line " + (i + 1);
      String topic = cell(cells, index[0]);
      String producer = cell(cells, index[1]);
      if (topic.isEmpty() || producer.isEmpty() || cells.size() <= index[2]) {
        throw new CollectionFailure(ErrorType.MALFORMED, "registry `" + source + "` " + where
            + ": a topic ownership row needs `topic_handle`, `producer_role_handle` and `consumer_role_handles`");
      }
      out.add(binding(source, where, topic, producer, items(cell(cells, index[2])),
          index[3] < 0 ? List.of() : items(cell(cells, index[3]))));
    }
    return out;
  }

  private static int[] header(List<String> cells) {
    List<String> names = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    int[] index = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      index[c] = names.indexOf(COLUMNS.get(c));
      if (index[c] < 0 && c < 3) {
        return null;
      }
    }
    return index;
  }

  private static List<String> cells(String line) {
    String body = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
    return Arrays.stream(body.split("\\|", -1)).map(c -> c.replace("`", "").trim()).toList();
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  private static List<String> items(String cell) {
    if (cell.isEmpty() || cell.equals("-")) {
      return List.of();
    }
    return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static Fact binding(String source, String where, String topic, String producer, List<String> consumers,
      List<String> routed) {
    return new LaneBinding(null, "registry:" + source + " " + where.replace("`", ""), topic, producer, consumers, routed);
  }
}
