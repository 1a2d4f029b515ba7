package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P6 STREAMING_ACTIVE judged from the P6 plan's text (sections 3 to 7) and issue 9's semantics, in plain Java over
 * the fact set's JSON. Lanes: M6.E entry (P6-V1, substrate of the active path), M6.F streaming active (P6-V2..V5)
 * and the M6.G rollup (P6-V6). Waivers are not judged here (the differential test does not compare fact sets that
 * carry them).
 */
final class P6Reference implements Reference {
  private static final Set<String> PATHS = Set.of("MSF_MANAGED", "EKS_EMR_ON_EKS", "EKS_FLINK_OPERATOR");
  private static final Set<String> RESET_REQUIRED = Set.of("M6P6-B5");
  private static final Pattern STAMP = Pattern.compile("(\\d{8}T\\d{6}Z)");

  @Override
  public String phase() {
    return "P6";
  }

  @Override
  public Judgement judge(JsonNode fs) {
    String lane = fs.path("lane").asText();
    SortedSet<String> codes = new TreeSet<>();
    List<JsonNode> facts = new ArrayList<>();
    fs.path("facts").forEach(facts::add);
    failedReadsAndContradictions(facts, codes);
    switch (lane) {
      case "M6.E" -> entry(fs, facts, codes);
      case "M6.F" -> streamingActive(fs, facts, codes);
      case "M6.G" -> rollup(fs, facts, codes);
      default -> throw new IllegalArgumentException("not a P6 lane: " + lane);
    }
    boolean gate = lane.equals("M6.G");
    String outcome = codes.isEmpty() ? "ADVANCE"
        : gate && codes.stream().anyMatch(RESET_REQUIRED::contains) ? "NO_GO_RESET_REQUIRED" : "HOLD_REMEDIATE";
    return new Judgement(outcome, codes);
  }

  /** Which blocker a failed read, or inconsistent evidence, of each kind is: the taxonomy of plan section 5. */
  private static String codeFeeding(String kind) {
    return switch (kind) {
      case "gate_verdict", "handles" -> "M6P6-B1";
      case "lane_state", "nodegroup", "runtime_substrate" -> "M6P6-B2";
      case "admission_progress" -> "M6P6-B3";
      case "lag_posture" -> "M6P6-B4";
      case "publish_ambiguity" -> "M6P6-B5";
      case "evidence_overhead" -> "M6P6-B7";
      default -> "M6P6-B6";
    };
  }

  private static void failedReadsAndContradictions(List<JsonNode> facts, SortedSet<String> codes) {
    Map<String, List<JsonNode>> bySubject = new HashMap<>();
    for (JsonNode f : facts) {
      String kind = f.path("kind").asText();
      if (kind.equals("collection_error")) {
        codes.add(codeFeeding(f.path("target_kind").asText()));
      }
      bySubject.computeIfAbsent(FactKindData.subjectKey(f), k -> new ArrayList<>()).add(f);
    }
    for (List<JsonNode> same : bySubject.values()) {
      Set<JsonNode> contents = new java.util.HashSet<>();
      for (JsonNode f : same) {
        var copy = f.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("id", "source"));
        contents.add(withoutNulls(copy));
      }
      if (contents.size() > 1) {
        codes.add(codeFeeding(same.get(0).path("kind").asText()));
      }
    }
  }

  private static JsonNode withoutNulls(JsonNode n) {
    var o = (com.fasterxml.jackson.databind.node.ObjectNode) n;
    List<String> nulls = new ArrayList<>();
    o.fieldNames().forEachRemaining(k -> {
      if (o.get(k).isNull()) {
        nulls.add(k);
      }
    });
    o.remove(nulls);
    return o;
  }

  // ---- handles ---------------------------------------------------------------------------------------------

  private static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
  }

  private static boolean pinned(JsonNode fs, String name) {
    String t = text(fs.path("handles").get(name));
    return t != null && !t.trim().isEmpty() && !t.trim().equals("TO_PIN");
  }

  private static BigDecimal number(JsonNode fs, String name) {
    if (!pinned(fs, name)) {
      return null;
    }
    JsonNode v = fs.path("handles").get(name);
    if (v.isBoolean()) {
      return null;
    }
    try {
      return new BigDecimal(text(v).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean wellFormed(JsonNode fs, String name, String format) {
    if (!pinned(fs, name)) {
      return false;
    }
    BigDecimal n = number(fs, name);
    boolean integral = n != null && n.stripTrailingZeros().scale() <= 0;
    String t = text(fs.path("handles").get(name)).trim();
    return switch (format) {
      case "text" -> true;
      case "positive integer" -> integral && n.signum() > 0;
      case "non-negative integer" -> integral && n.signum() >= 0;
      case "non-negative number" -> n != null && n.signum() >= 0;
      case "boolean" -> t.equals("true") || t.equals("false");
      case "list" -> java.util.Arrays.stream(text(fs.path("handles").get(name)).split(",", -1))
          .noneMatch(s -> s.trim().isEmpty());
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** The active runtime path, or {@code null} when the handle is missing, unpinned or names no path. */
  private static String activePath(JsonNode fs) {
    if (!pinned(fs, "FLINK_RUNTIME_PATH_ACTIVE")) {
      return null;
    }
    String p = text(fs.path("handles").get("FLINK_RUNTIME_PATH_ACTIVE")).trim();
    return PATHS.contains(p) ? p : null;
  }

  private static boolean onEks(String path) {
    return path != null && path.startsWith("EKS_");
  }

  private static List<JsonNode> ofKind(List<JsonNode> facts, String kind) {
    return facts.stream().filter(f -> f.path("kind").asText().equals(kind)).toList();
  }

  // ---- P6.A (M6.E) -----------------------------------------------------------------------------------------

  private static void entry(JsonNode fs, List<JsonNode> facts, SortedSet<String> codes) {
    // task 1: P5 verdict is ADVANCE_TO_P6
    List<JsonNode> p5 = ofKind(facts, "gate_verdict").stream().filter(v -> v.path("phase").asText().equals("P5")).toList();
    if (p5.isEmpty() || p5.stream().anyMatch(v -> !v.path("verdict").asText().equals("ADVANCE_TO_P6"))) {
      codes.add("M6P6-B1");
    }
    // tasks 2-3: run-scoped filters and lane handles pinned (and usable as what they are)
    Map<String, String> required = new java.util.LinkedHashMap<>();
    required.put("READY_MESSAGE_FILTER", "text");
    required.put("REQUIRED_PLATFORM_RUN_ID_ENV_KEY", "text");
    required.put("FLINK_RUNTIME_PATH_ACTIVE", "text");
    required.put("FLINK_RUNTIME_PATH_ALLOWED", "list");
    required.put("FLINK_CHECKPOINT_INTERVAL_MS", "positive integer");
    required.put("WSP_MAX_INFLIGHT", "positive integer");
    required.put("WSP_RETRY_MAX_ATTEMPTS", "non-negative integer");
    required.put("WSP_RETRY_BACKOFF_MS", "non-negative integer");
    required.put("WSP_STOP_ON_NONRETRYABLE", "boolean");
    required.put("RTDL_CAUGHT_UP_LAG_MAX", "non-negative integer");
    String path = activePath(fs);
    if (pinned(fs, "FLINK_RUNTIME_PATH_ACTIVE") && path == null) {
      codes.add("M6P6-B1");
    }
    if ("MSF_MANAGED".equals(path)) {
      required.put("FLINK_APP_WSP_STREAM_V0", "text");
      required.put("FLINK_APP_SR_READY_V0", "text");
    } else if (onEks(path)) {
      required.put("FLINK_EKS_WSP_STREAM_REF", "text");
      required.put("FLINK_EKS_SR_READY_REF", "text");
      if (path.equals("EKS_EMR_ON_EKS")) {
        required.put("EMR_EKS_VIRTUAL_CLUSTER_ID", "text");
        required.put("EMR_EKS_RELEASE_LABEL", "text");
        required.put("EMR_EKS_EXECUTION_ROLE_ARN", "text");
      }
    }
    required.forEach((name, format) -> {
      if (!wellFormed(fs, name, format)) {
        codes.add("M6P6-B1");
      }
    });
    if (path != null && pinned(fs, "FLINK_RUNTIME_PATH_ALLOWED")) {
      boolean allowed = java.util.Arrays.stream(text(fs.path("handles").get("FLINK_RUNTIME_PATH_ALLOWED")).split(","))
          .map(String::trim).anyMatch(path::equals);
      if (!allowed) {
        codes.add("M6P6-B1");
      }
    }
    // activation precheck: the active path's runtime substrate is available
    if (path != null) {
      List<JsonNode> substrate = ofKind(facts, "runtime_substrate").stream()
          .filter(s -> s.path("runtime_path").asText().equals(path)).toList();
      if (substrate.isEmpty() || substrate.stream().anyMatch(s -> !s.path("available").asBoolean())) {
        codes.add("M6P6-B2");
      }
      // the substrate proven must be the one pinned: the virtual cluster (plan P6.A: EMR_EKS_VIRTUAL_CLUSTER_ID),
      // the EKS cluster, or the MSF application
      String pin = switch (path) {
        case "EKS_EMR_ON_EKS" -> "EMR_EKS_VIRTUAL_CLUSTER_ID";
        case "EKS_FLINK_OPERATOR" -> "EKS_CLUSTER_NAME";
        default -> "FLINK_APP_WSP_STREAM_V0";
      };
      String pinnedRef = pinned(fs, pin) ? text(fs.path("handles").get(pin)).trim() : null;
      if (substrate.stream().anyMatch(s -> !s.path("ref").asText().equals(pinnedRef))) {
        codes.add("M6P6-B2");
      }
    }
  }

  // ---- P6.B (M6.F) -----------------------------------------------------------------------------------------

  private static void streamingActive(JsonNode fs, List<JsonNode> facts, SortedSet<String> codes) {
    String path = activePath(fs);
    if (path == null) {
      codes.add("M6P6-B1"); // the lanes to check are unknown
    } else {
      // P6-V2 activation: both stream lanes RUNNING (strict semantics) on the active path
      List<String> lanes = path.equals("MSF_MANAGED")
          ? List.of("FLINK_APP_WSP_STREAM_V0", "FLINK_APP_SR_READY_V0")
          : List.of("FLINK_EKS_WSP_STREAM_REF", "FLINK_EKS_SR_READY_REF");
      for (String ref : lanes) {
        List<JsonNode> states = ofKind(facts, "lane_state").stream()
            .filter(s -> s.path("lane_ref").asText().equals(ref) && s.path("runtime_path").asText().equals(path))
            .toList();
        if (states.isEmpty() || states.stream().anyMatch(s -> !s.path("state").asText().equals("RUNNING"))) {
          codes.add("M6P6-B2");
        }
      }
      // worker capacity: an ACTIVE nodegroup with a Ready node and no health issue (root cause NodeCreationFailure)
      if (onEks(path) && ofKind(facts, "nodegroup").stream().noneMatch(n -> n.path("status").asText().equals("ACTIVE")
          && n.path("ready_nodes").asLong() > 0 && n.path("health_issues").isEmpty())) {
        codes.add("M6P6-B2");
      }
    }
    // P6-V2 counters: non-zero admissions for this platform_run_id inside the run window
    String run = fs.path("platform_run_id").asText();
    Instant end = Instant.parse(fs.path("captured_at").asText());
    Instant start = runStart(fs);
    boolean progressed = false;
    for (JsonNode a : ofKind(facts, "admission_progress")) {
      if (!a.path("platform_run_id").asText().equals(run)) {
        continue;
      }
      Instant ws = Instant.parse(a.path("window_start").asText());
      Instant we = Instant.parse(a.path("window_end").asText());
      boolean inside = start != null && !we.isBefore(ws) && !ws.isBefore(start) && !we.isAfter(end);
      if (!inside) {
        codes.add("M6P6-B3");
      } else if (a.path("admitted_count").asLong() >= 1) {
        progressed = true;
      }
    }
    if (!progressed) {
      codes.add("M6P6-B3");
    }
    // P6-V3 lag: measured from ig_admission_freshness_seconds, at most RTDL_CAUGHT_UP_LAG_MAX
    List<JsonNode> lags = ofKind(facts, "lag_posture");
    boolean thresholdOk = wellFormed(fs, "RTDL_CAUGHT_UP_LAG_MAX", "non-negative integer");
    if (lags.isEmpty() || !thresholdOk) {
      codes.add("M6P6-B4");
    }
    for (JsonNode l : lags) {
      JsonNode m = l.get("measured_lag_seconds");
      // the metric is lag_metric; fact sets written before that field existed carried it in source
      String metric = l.has("lag_metric") ? l.get("lag_metric").asText() : l.path("source").asText(null);
      // the plan: lag is measured from the metric, or an explicit unavailable reason says why not; a fact that
      // gives a reason says the figure is not to be trusted, whatever figure it also carries
      boolean reported = l.hasNonNull("unavailable_reason");
      if (m == null || m.isNull() || reported || !"ig_admission_freshness_seconds".equals(metric)) {
        codes.add("M6P6-B4");
      } else if (thresholdOk && m.decimalValue().compareTo(number(fs, "RTDL_CAUGHT_UP_LAG_MAX")) > 0) {
        codes.add("M6P6-B4");
      }
    }
    // P6-V4 ambiguity register empty
    List<JsonNode> amb = ofKind(facts, "publish_ambiguity");
    if (amb.isEmpty() || amb.stream().anyMatch(a -> a.path("unresolved_count").asLong() > 0)) {
      codes.add("M6P6-B5");
    }
    // P6-V5 evidence overhead within budget (a figure equal to its budget is within it)
    List<JsonNode> over = ofKind(facts, "evidence_overhead");
    if (over.isEmpty()) {
      codes.add("M6P6-B7");
    }
    Map<String, String> budgets = Map.of("latency_p95_ms", "EVIDENCE_LATENCY_P95_MAX_MS",
        "bytes_per_event", "EVIDENCE_BYTES_PER_EVENT_MAX", "write_rate_per_s", "EVIDENCE_WRITE_RATE_MAX_PER_S");
    for (var b : budgets.entrySet()) {
      if (!wellFormed(fs, b.getValue(), "non-negative number")) {
        codes.add("M6P6-B7");
        continue;
      }
      for (JsonNode o : over) {
        if (o.path(b.getKey()).decimalValue().compareTo(number(fs, b.getValue())) > 0) {
          codes.add("M6P6-B7");
        }
      }
    }
  }

  /** The run's start: the pinned PLATFORM_RUN_STARTED_AT instant, else the platform_run_id's timestamp. */
  private static Instant runStart(JsonNode fs) {
    JsonNode h = fs.path("handles").get("PLATFORM_RUN_STARTED_AT");
    try {
      if (h != null) {
        return pinned(fs, "PLATFORM_RUN_STARTED_AT") ? Instant.parse(text(h).trim()) : null;
      }
      Matcher m = STAMP.matcher(fs.path("platform_run_id").asText());
      return m.find()
          ? LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC)
          : null;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  // ---- P6.C (M6.G) -----------------------------------------------------------------------------------------

  private static void rollup(JsonNode fs, List<JsonNode> facts, SortedSet<String> codes) {
    Instant gateAt = Instant.parse(fs.path("captured_at").asText());
    Map<String, String> prefix = Map.of("M6.E", "m6e", "M6.F", "m6f");
    Map<String, String> next = Map.of("M6.E", "M6.F_READY", "M6.F", "M6.G_READY");
    for (String lane : List.of("M6.E", "M6.F")) {
      List<JsonNode> results = ofKind(facts, "lane_result").stream()
          .filter(r -> r.path("lane").asText().equals(lane)).toList();
      if (results.isEmpty()) {
        codes.add("M6P6-B6");
        continue;
      }
      for (JsonNode r : results) {
        List<String> rc = codesOf(r);
        boolean pass = r.path("overall_pass").asBoolean();
        // rollup evidence that belongs to its lane (P6 codes B1..B8, its own execution prefix) and time
        if (rc.stream().anyMatch(c -> !c.matches("M6P6-B[1-8]"))
            || !r.path("execution_id").asText().startsWith(prefix.get(lane) + "_")
            || Instant.parse(r.path("captured_at").asText()).isAfter(gateAt)
            || pass && !r.path("next_gate").asText().equals(next.get(lane))) {
          codes.add("M6P6-B6");
        }
        for (JsonNode o : results) {
          if (o != r && o.path("captured_at").asText().equals(r.path("captured_at").asText())
              && (o.path("overall_pass").asBoolean() != pass || !new TreeSet<>(codesOf(o)).equals(new TreeSet<>(rc)))) {
            codes.add("M6P6-B6"); // two results at one instant disagree
          }
        }
      }
      // the latest result (by captured_at, then execution id) is effective; results tied on both all count
      JsonNode latest = results.get(0);
      for (JsonNode r : results) {
        if (later(r, latest)) {
          latest = r;
        }
      }
      for (JsonNode effective : results) {
        if (later(latest, effective)) {
          continue;
        }
        List<String> ec = codesOf(effective);
        boolean pass = effective.path("overall_pass").asBoolean();
        long count = effective.path("blocker_count").asLong();
        if (pass != (count == 0) || count != new TreeSet<>(ec).size()) {
          codes.add("M6P6-B6");
        }
        if (!effective.path("durable_readback_ok").asBoolean()) {
          codes.add("M6P6-B8");
        }
        for (String c : ec) {
          codes.add(c.matches("M6P6-B[1-8]") ? c : "M6P6-B6");
        }
      }
    }
  }

  private static List<String> codesOf(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.path("blocker_codes").forEach(c -> out.add(c.asText()));
    return out;
  }

  private static boolean later(JsonNode a, JsonNode b) {
    int c = Instant.parse(a.path("captured_at").asText()).compareTo(Instant.parse(b.path("captured_at").asText()));
    return c > 0 || c == 0 && a.path("execution_id").asText().compareTo(b.path("execution_id").asText()) > 0;
  }
}
