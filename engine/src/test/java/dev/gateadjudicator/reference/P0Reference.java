package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The P0 (M2 SUBSTRATE_READY) lanes M2.A..M2.J judged in plain Java from the M2 deep plan (section 5 lane
 * contracts and fail-closed policies, section 4 execution block, section 6 taxonomy) and issue 9's semantics: a
 * lane passes only with no blocker; the gate rolls up the latest result of every lane, holds on S1/S2 and is
 * NO_GO only on a reset-required code actually raised. Handle names the plan leaves open are the policy's
 * documented ones (docs/p0.md). Total: any schema-valid fact set gets a judgement, never an exception.
 */
public final class P0Reference implements Reference {
  static final String ADVANCE = "ADVANCE";
  static final String HOLD = "HOLD_REMEDIATE";
  static final String NO_GO = "NO_GO_RESET_REQUIRED";

  private static final List<String> LANES = List.of("M2.A", "M2.B", "M2.C", "M2.D", "M2.E", "M2.F", "M2.G",
      "M2.H", "M2.I");
  private static final List<String> STACKS = List.of("core", "streaming", "runtime", "data_ml", "ops");
  private static final List<String> COMMANDS = List.of("init", "validate", "plan", "apply", "output");

  /** Section 6 taxonomy and the lane codes: severity, reset, roll-up target. */
  private record Code(String severity, boolean reset, String rollsUpTo) {}

  private static final Map<String, Code> TAXONOMY = new HashMap<>();

  static {
    code("M2A-B1", "S1", true, "M2-B1");
    for (String c : List.of("M2A-B2", "M2A-B3", "M2A-B4", "M2A-B5")) {
      code(c, "S2", false, "M2-B1");
    }
    code("M2B-B1", "S2", false, "M2-B2");
    code("M2B-B2", "S1", false, "M2-B2");
    code("M2B-B3", "S2", false, "M2-B2");
    code("M2B-B4", "S2", false, "M2-B2");
    code("M2B-B5", "S2", false, "M2-B8");
    code("M2C-B1", "S2", false, "M2-B2");
    code("M2C-B2", "S1", false, "M2-B2");
    for (String c : List.of("M2C-B3", "M2C-B4", "M2C-B5", "M2C-B6")) {
      code(c, "S2", false, "M2-B5");
    }
    code("M2C-B7", "S2", false, "M2-B8");
    for (String c : List.of("M2D-B1", "M2D-B2", "M2D-B3", "M2D-B6")) {
      code(c, "S2", false, "M2-B5");
    }
    code("M2D-B4", "S2", false, "M2-B3");
    code("M2D-B5", "S2", false, "M2-B10");
    code("M2D-B7", "S2", false, "M2-B8");
    code("M2-B1", "S1", true, null);
    code("M2-B2", "S1", false, null);
    for (String c : List.of("M2-B3", "M2-B4", "M2-B5", "M2-B8", "M2-B9", "M2-B10", "M2-B11", "M2-B12")) {
      code(c, "S2", false, null);
    }
    code("M2-B6", "S3", false, null);
    code("M2-B7", "S1", true, null);
  }

  private static void code(String c, String severity, boolean reset, String to) {
    TAXONOMY.put(c, new Code(severity, reset, to));
  }

  /** The codes each lane raises (its family); any lane may also record M2-B8 for a failed durable publish. */
  private static final Map<String, Set<String>> FAMILY = new HashMap<>();

  static {
    FAMILY.put("M2.A", Set.of("M2A-B1", "M2A-B2", "M2A-B3", "M2A-B4", "M2A-B5"));
    FAMILY.put("M2.B", Set.of("M2B-B1", "M2B-B2", "M2B-B3", "M2B-B4", "M2B-B5"));
    FAMILY.put("M2.C", Set.of("M2C-B1", "M2C-B2", "M2C-B3", "M2C-B4", "M2C-B5", "M2C-B6", "M2C-B7"));
    FAMILY.put("M2.D", Set.of("M2D-B1", "M2D-B2", "M2D-B3", "M2D-B4", "M2D-B5", "M2D-B6", "M2D-B7"));
    FAMILY.put("M2.E", Set.of("M2-B2", "M2-B3", "M2-B9", "M2-B11"));
    FAMILY.put("M2.F", Set.of("M2-B4"));
    FAMILY.put("M2.G", Set.of("M2-B2"));
    FAMILY.put("M2.H", Set.of("M2-B2", "M2-B6", "M2-B12"));
    FAMILY.put("M2.I", Set.of("M2-B7"));
  }

  /** The lane each lane's precondition names and the code a broken precondition raises (its evidence code). */
  private static final Map<String, String> EVIDENCE_CODE = Map.of("M2.B", "M2B-B5", "M2.C", "M2C-B7", "M2.D",
      "M2D-B7", "M2.E", "M2-B8", "M2.F", "M2-B8", "M2.G", "M2-B8", "M2.H", "M2-B8", "M2.I", "M2-B8");

  private static final String[] TOPICS = {"FP_BUS_CONTROL_V1", "FP_BUS_TRAFFIC_FRAUD_V1",
      "FP_BUS_CONTEXT_ARRIVAL_EVENTS_V1", "FP_BUS_CONTEXT_ARRIVAL_ENTITIES_V1", "FP_BUS_CONTEXT_FLOW_ANCHOR_FRAUD_V1",
      "FP_BUS_RTDL_V1", "FP_BUS_AUDIT_V1", "FP_BUS_CASE_TRIGGERS_V1", "FP_BUS_LABELS_EVENTS_V1"};
  private static final String[] ROLES = {"ROLE_FLINK_EXECUTION", "ROLE_LAMBDA_IG_EXECUTION", "ROLE_APIGW_IG_INVOKE",
      "ROLE_DDB_IG_IDEMPOTENCY_RW", "ROLE_STEP_FUNCTIONS_ORCHESTRATOR"};

  @Override
  public String phase() {
    return "P0";
  }

  @Override
  public Judgement judge(JsonNode factSet) {
    Facts in = new Facts(factSet);
    Raised out = new Raised();
    String lane = in.text(factSet, "lane");
    switch (lane == null ? "" : lane) {
      case "M2.A" -> laneA(in, out);
      case "M2.B" -> laneB(in, out);
      case "M2.C" -> laneC(in, out);
      case "M2.D" -> laneD(in, out);
      case "M2.E" -> laneE(in, out);
      case "M2.F" -> laneF(in, out);
      case "M2.G" -> laneG(in, out);
      case "M2.H" -> laneH(in, out);
      case "M2.I" -> laneI(in, out);
      case "M2.J" -> {
        gate(in, out);
        return verdict(in, out, true);
      }
      default -> out.add("M2-B8", false);
    }
    if (lane != null && EVIDENCE_CODE.containsKey(lane)) {
      precondition(in, out, lane);
    }
    return verdict(in, out, false);
  }

  // ---- verdict and waivers ---------------------------------------------------------------------------------

  private static Judgement verdict(Facts in, Raised out, boolean gate) {
    Set<String> waived = waivedCodes(in);
    SortedSet<String> counted = new TreeSet<>();
    boolean reset = false;
    boolean blocking = false;
    for (Map.Entry<String, Boolean> e : out.codes.entrySet()) {
      if (waived.contains(e.getKey())) {
        continue;
      }
      counted.add(e.getKey());
      Code c = TAXONOMY.get(e.getKey());
      blocking |= c == null || c.severity.equals("S1") || c.severity.equals("S2");
      reset |= e.getValue();
    }
    if (!gate) {
      return new Judgement(counted.isEmpty() ? ADVANCE : HOLD, counted);
    }
    return new Judgement(reset ? NO_GO : blocking ? HOLD : ADVANCE, counted);
  }

  /** A live waiver for every subject clears an S3/S4 code that needs no reset; no P0 code opts in beyond that. */
  private static Set<String> waivedCodes(Facts in) {
    Set<String> out = new HashSet<>();
    Instant now = in.capturedAt;
    for (JsonNode w : in.kind("waiver")) {
      String code = in.text(w, "code");
      Code c = code == null ? null : TAXONOMY.get(code.trim());
      Instant expires = in.instant(w, "expires_at");
      boolean complete = !blank(in.text(w, "reason")) && !blank(in.text(w, "approved_by"));
      if (c == null || expires == null || now == null || !expires.isAfter(now) || !complete) {
        continue;
      }
      boolean waivable = !c.reset && (c.severity.equals("S3") || c.severity.equals("S4"));
      if (waivable && "*".equals(trim(in.text(w, "subject")))) {
        out.add(code.trim());
      }
    }
    return out;
  }

  // ---- M2.A state backend and lock --------------------------------------------------------------------------

  private static void laneA(Facts in, Raised out) {
    in.require(out, "M2A-B1", "TF_STATE_BUCKET", "TF_STATE_BUCKET_REGION", "TF_LOCK_TABLE");
    for (String s : STACKS) {
      in.require(out, "M2A-B3", "TF_STACK_" + s.toUpperCase() + "_DIR");
      in.require(out, "M2A-B4", "TF_STATE_KEY_" + s.toUpperCase());
    }
    List<JsonNode> state = in.kind("s3_bucket", b -> "STATE".equals(in.text(b, "role")));
    List<JsonNode> locks = in.kind("lock_table");
    if (state.isEmpty()) {
      out.add("M2A-B5");
    }
    if (locks.isEmpty()) {
      out.add("M2A-B5");
    }
    for (JsonNode b : state) {
      if (!in.bool(b, "exists")) {
        out.add("M2A-B1");
      } else if (!bucketConformant(in, b)) {
        out.add("M2A-B2");
      }
      if (in.pinned("TF_STATE_BUCKET") && !in.handle("TF_STATE_BUCKET").equals(in.text(b, "bucket"))) {
        out.add("M2A-B5");
      }
    }
    for (JsonNode t : locks) {
      if (!lockReady(in, t)) {
        out.add("M2A-B1");
      }
      if (in.pinned("TF_LOCK_TABLE") && !in.handle("TF_LOCK_TABLE").equals(in.text(t, "table"))) {
        out.add("M2A-B5");
      }
    }
    for (String s : STACKS) {
      List<JsonNode> roots = in.kind("stack_root", r -> s.equals(in.text(r, "stack")));
      if (roots.isEmpty()) {
        out.add("M2A-B3");
      }
      String dirHandle = "TF_STACK_" + s.toUpperCase() + "_DIR";
      for (JsonNode r : roots) {
        if (!in.bool(r, "dir_exists") || !in.bool(r, "backend_configured")) {
          out.add("M2A-B3");
        }
        if (in.pinned(dirHandle) && !in.handle(dirHandle).equals(in.text(r, "dir"))) {
          out.add("M2A-B3");
        }
      }
      String keyHandle = "TF_STATE_KEY_" + s.toUpperCase();
      if (in.pinned(keyHandle) && !namesStack(in.handle(keyHandle), s)) {
        out.add("M2A-B4");
      }
    }
    Set<String> keys = new HashSet<>();
    for (String s : STACKS) {
      String k = "TF_STATE_KEY_" + s.toUpperCase();
      if (in.pinned(k) && !keys.add(in.handle(k))) {
        out.add("M2A-B4");
      }
    }
    in.routeErrors(out, Map.of("stack_root", "M2A-B3"), "M2A-B5");
  }

  private static boolean namesStack(String key, String stack) {
    for (String segment : key.split("/")) {
      int dot = segment.indexOf('.');
      if (segment.equals(stack) || (dot > 0 && segment.substring(0, dot).equals(stack))) {
        return true;
      }
    }
    return false;
  }

  private static boolean bucketConformant(Facts in, JsonNode b) {
    return in.bool(b, "exists") && in.bool(b, "encryption_enabled") && in.bool(b, "versioning_enabled")
        && in.bool(b, "block_public_acls") && in.bool(b, "ignore_public_acls") && in.bool(b, "block_public_policy")
        && in.bool(b, "restrict_public_buckets");
  }

  private static boolean lockReady(Facts in, JsonNode t) {
    return in.bool(t, "exists") && "ACTIVE".equals(in.text(t, "status")) && "LockID".equals(in.text(t, "hash_key_name"))
        && "S".equals(in.text(t, "hash_key_type"));
  }

  // ---- stack lanes: plan/apply receipts (M2.B, M2.C, M2.E, M2.G, M2.H) ----------------------------------------

  private static void stackApply(Facts in, Raised out, String stack, String materialization, String apply,
      String evidence) {
    List<JsonNode> roots = in.kind("stack_root", r -> stack.equals(in.text(r, "stack")));
    if (roots.isEmpty()) {
      out.add(materialization);
    }
    for (JsonNode r : roots) {
      if (!in.bool(r, "dir_exists") || !in.bool(r, "backend_configured") || in.num(r, "resource_declarations") <= 0) {
        out.add(materialization);
      }
    }
    List<JsonNode> receipts = in.kind("command_receipt", c -> stack.equals(in.text(c, "stack")));
    for (JsonNode c : receipts) {
      String cmd = in.text(c, "command");
      long exit = in.num(c, "exit_code");
      boolean ok;
      if ("plan".equals(cmd)) {
        JsonNode d = c.get("detailed_exit_code");
        ok = d != null && d.isIntegralNumber() && d.asLong() == exit && (exit == 0 || exit == 2);
        // terraform's detailed exit code 0 is an empty diff: a receipt counting resource actions with it
        // contradicts itself and proves no clean plan
        if (ok && exit == 0 && (in.num(c, "to_add") > 0 || in.num(c, "to_change") > 0 || in.num(c, "to_destroy") > 0)) {
          ok = false;
        }
        if (ok && in.bool(c, "post_apply") && exit != 0) {
          out.add(apply); // the post-apply plan shows drift
        }
      } else {
        ok = exit == 0;
      }
      if (!ok) {
        out.add(apply);
      }
    }
    for (String cmd : COMMANDS) {
      if (receipts.stream().noneMatch(c -> cmd.equals(in.text(c, "command")) && !in.bool(c, "post_apply"))) {
        out.add(evidence);
      }
    }
    for (JsonNode p : receipts) {
      if (!"plan".equals(in.text(p, "command")) || in.bool(p, "post_apply") || in.missing(p, "to_add")) {
        continue;
      }
      for (JsonNode a : receipts) {
        if ("apply".equals(in.text(a, "command")) && !in.missing(a, "to_add")
            && (in.num(a, "to_add") != in.num(p, "to_add") || !same(a.get("to_change"), p.get("to_change"))
                || !same(a.get("to_destroy"), p.get("to_destroy")))) {
          out.add(evidence);
        }
      }
    }
  }

  private static boolean same(JsonNode a, JsonNode b) {
    boolean na = a == null || a.isNull();
    boolean nb = b == null || b.isNull();
    return na || nb ? na == nb : a.asLong() == b.asLong();
  }

  /** Outputs a stack lane must emit (the policy's required_evidence) and "an empty output set never passes". */
  private static void outputs(Facts in, Raised out, String stack, String code, String... required) {
    List<JsonNode> outs = in.kind("stack_output", o -> stack.equals(in.text(o, "stack")));
    if (outs.isEmpty()) {
      out.add(code);
    }
    for (JsonNode o : outs) {
      if (!in.bool(o, "present")) {
        out.add(code);
      }
    }
    for (String r : required) {
      if (outs.stream().noneMatch(o -> r.equals(in.text(o, "name")))) {
        out.add(code);
      }
    }
  }

  // ---- M2.B core -------------------------------------------------------------------------------------------

  private static void laneB(Facts in, Raised out) {
    in.require(out, "M2B-B2", "TF_STACK_CORE_DIR", "TF_STATE_KEY_CORE", "TF_STATE_BUCKET", "TF_STATE_BUCKET_REGION",
        "TF_LOCK_TABLE");
    in.require(out, "M2B-B4", "S3_OBJECT_STORE_BUCKET", "S3_EVIDENCE_BUCKET", "S3_ARTIFACTS_BUCKET",
        "KMS_KEY_ALIAS_PLATFORM");
    in.requireBoolean(out, "M2B-B4", "S3_BUCKET_ENCRYPTION_ENABLED", "S3_BUCKET_PUBLIC_ACCESS_BLOCKED",
        "S3_BUCKET_VERSIONING_ENABLED");
    in.requireList(out, "M2B-B3", "MSK_CLIENT_SUBNET_IDS");
    in.require(out, "M2B-B3", "MSK_SECURITY_GROUP_ID");
    stackApply(in, out, "core", "M2B-B1", "M2B-B2", "M2B-B5");
    if (in.kind("command_receipt", c -> "core".equals(in.text(c, "stack")) && "plan".equals(in.text(c, "command"))
        && in.bool(c, "post_apply")).isEmpty()) {
      out.add("M2B-B5"); // m2b_post_apply_stability_check.json needs its receipt
    }
    List<JsonNode> outs = in.kind("stack_output", o -> "core".equals(in.text(o, "stack")));
    for (JsonNode o : outs) {
      if (!in.bool(o, "present")) {
        out.add("M2B-B3");
      }
    }
    for (String h : List.of("MSK_CLIENT_SUBNET_IDS", "MSK_SECURITY_GROUP_ID")) {
      if (outs.stream().noneMatch(o -> h.equals(in.text(o, "handle")) && in.bool(o, "present"))) {
        out.add("M2B-B3");
      }
    }
    List<JsonNode> tags = in.kind("tag_policy_conformance", t -> "core".equals(in.text(t, "stack")));
    if (tags.isEmpty()) {
      out.add("M2B-B4");
    }
    for (JsonNode t : tags) {
      if (in.size(t, "missing_tags") > 0 || in.size(t, "missing_policy_attachments") > 0) {
        out.add("M2B-B4");
      }
    }
    for (JsonNode b : in.kind("s3_bucket", b -> !"STATE".equals(in.text(b, "role")))) {
      if (!bucketConformant(in, b)) {
        out.add("M2B-B4");
      }
    }
    for (String role : List.of("OBJECT_STORE", "EVIDENCE", "ARTIFACTS")) {
      String h = "S3_" + role + "_BUCKET";
      if (in.pinned(h) && in.kind("s3_bucket", b -> role.equals(in.text(b, "role"))
          && in.handle(h).equals(in.text(b, "bucket"))).isEmpty()) {
        out.add("M2B-B4");
      }
    }
    for (String h : List.of("S3_BUCKET_ENCRYPTION_ENABLED", "S3_BUCKET_PUBLIC_ACCESS_BLOCKED",
        "S3_BUCKET_VERSIONING_ENABLED")) {
      if (in.isBoolean(h) && !"true".equals(in.handle(h).trim())) {
        out.add("M2B-B4");
      }
    }
    for (JsonNode k : in.kind("kms_alias")) {
      if (!in.bool(k, "exists") || !in.bool(k, "key_enabled")) {
        out.add("M2B-B4");
      }
    }
    if (in.pinned("KMS_KEY_ALIAS_PLATFORM") && in.kind("kms_alias",
        k -> in.handle("KMS_KEY_ALIAS_PLATFORM").equals(in.text(k, "alias"))).isEmpty()) {
      out.add("M2B-B4");
    }
    in.routeErrors(out, Map.of("stack_root", "M2B-B1", "stack_output", "M2B-B3", "tag_policy_conformance", "M2B-B4",
        "s3_bucket", "M2B-B4", "kms_alias", "M2B-B4"), "M2B-B5");
  }

  // ---- M2.C streaming --------------------------------------------------------------------------------------

  private static void laneC(Facts in, Raised out) {
    in.require(out, "M2C-B2", "TF_STACK_STREAMING_DIR", "TF_STATE_KEY_STREAMING", "TF_STATE_BUCKET",
        "TF_STATE_BUCKET_REGION", "TF_LOCK_TABLE");
    in.require(out, "M2C-B3", "MSK_CLUSTER_NAME", "MSK_REGION", "MSK_CLUSTER_MODE", "MSK_SECURITY_GROUP_ID",
        "MSK_CLUSTER_ARN", "MSK_BOOTSTRAP_BROKERS_SASL_IAM");
    in.requireList(out, "M2C-B3", "MSK_CLIENT_SUBNET_IDS");
    in.require(out, "M2C-B4", "MSK_AUTH_MODE", "SSM_MSK_BOOTSTRAP_BROKERS_PATH");
    in.require(out, "M2C-B5", "GLUE_SCHEMA_REGISTRY_NAME", "GLUE_SCHEMA_COMPATIBILITY_MODE");
    in.require(out, "M2C-B6", "FLINK_RUNTIME_PATH_ACTIVE", "FLINK_CHECKPOINT_S3_PREFIX");
    in.requirePositive(out, "M2C-B6", "FLINK_CHECKPOINT_INTERVAL_MS");
    in.requireList(out, "M2C-B6", "FLINK_RUNTIME_PATH_ALLOWED");
    stackApply(in, out, "streaming", "M2C-B1", "M2C-B2", "M2C-B7");
    List<JsonNode> clusters = in.kind("msk_cluster");
    if (clusters.isEmpty()) {
      out.add("M2C-B3");
    }
    if (in.pinned("MSK_CLUSTER_MODE") && !"SERVERLESS".equals(in.handle("MSK_CLUSTER_MODE"))) {
      out.add("M2C-B3"); // acceptance: "MSK serverless cluster is materialized"
    }
    for (JsonNode m : clusters) {
      if (!mskQueryable(in, m) || !"SERVERLESS".equals(in.text(m, "mode"))) {
        out.add("M2C-B3");
      }
      if (in.differs("MSK_CLUSTER_NAME", in.text(m, "name")) || in.differs("MSK_CLUSTER_ARN", in.text(m, "arn"))
          || in.differs("MSK_CLUSTER_MODE", in.text(m, "mode"))) {
        out.add("M2C-B3");
      }
      if (in.differs("MSK_AUTH_MODE", in.text(m, "auth_mode"))) {
        out.add("M2C-B4");
      }
    }
    if (in.pinned("MSK_AUTH_MODE") && !"SASL_IAM".equals(in.handle("MSK_AUTH_MODE"))) {
      out.add("M2C-B4");
    }
    if (in.pinned("SSM_MSK_BOOTSTRAP_BROKERS_PATH") && in.kind("ssm_parameter",
        p -> in.handle("SSM_MSK_BOOTSTRAP_BROKERS_PATH").equals(in.text(p, "path")) && in.bool(p, "exists")
            && "SecureString".equals(in.text(p, "type"))).isEmpty()) {
      out.add("M2C-B4");
    }
    if (in.pinned("GLUE_SCHEMA_REGISTRY_NAME") && in.kind("schema_registry",
        r -> in.handle("GLUE_SCHEMA_REGISTRY_NAME").equals(in.text(r, "name")) && in.bool(r, "exists")).isEmpty()) {
      out.add("M2C-B5");
    }
    for (JsonNode r : in.kind("schema_registry", r -> in.bool(r, "exists"))) {
      if (in.differs("GLUE_SCHEMA_COMPATIBILITY_MODE", in.text(r, "compatibility"))) {
        out.add("M2C-B5");
      }
    }
    if (flinkPathBreach(in)) {
      out.add("M2C-B6");
    }
    if (in.pinned("FLINK_CHECKPOINT_S3_PREFIX")
        && !in.handle("FLINK_CHECKPOINT_S3_PREFIX").matches("s3://[a-z0-9][a-z0-9.-]+/.+/")) {
      out.add("M2C-B6");
    }
    in.routeErrors(out, Map.of("stack_root", "M2C-B1", "stack_output", "M2C-B3", "msk_cluster", "M2C-B3",
        "ssm_parameter", "M2C-B4", "schema_registry", "M2C-B5"), "M2C-B7");
  }

  private static boolean mskQueryable(Facts in, JsonNode m) {
    return !blank(in.text(m, "arn")) && "ACTIVE".equals(in.text(m, "state")) && in.bool(m, "bootstrap_brokers_present");
  }

  // ---- M2.D topic and schema readiness -----------------------------------------------------------------------

  private static void laneD(Facts in, Raised out) {
    for (String t : TOPICS) {
      in.require(out, "M2D-B1", t);
    }
    in.require(out, "M2D-B2", "MSK_CLUSTER_ARN", "MSK_BOOTSTRAP_BROKERS_SASL_IAM", "SSM_MSK_BOOTSTRAP_BROKERS_PATH");
    in.require(out, "M2D-B6", "MSK_TOPIC_EXISTENCE_PROBE");
    in.require(out, "M2D-B3", "GLUE_SCHEMA_REGISTRY_NAME", "GLUE_SCHEMA_COMPATIBILITY_MODE");
    in.require(out, "M2D-B5", "SR_READY_COMMIT_AUTHORITY", "SR_READY_COMMIT_STATE_MACHINE",
        "SR_READY_COMMIT_RECEIPT_PATH_PATTERN");
    in.requireBoolean(out, "M2D-B5", "SR_READY_RECEIPT_REQUIRES_SFN_EXECUTION_REF");
    List<JsonNode> bindings = in.kind("lane_binding");
    Set<String> routed = new HashSet<>();
    bindings.forEach(b -> routed.addAll(in.texts(b, "routed_role_handles")));
    for (String r : ROLES) {
      if (!in.has(r)) {
        out.add("M2D-B4");
      } else if (!in.pinned(r) && !routed.contains(r)) {
        out.add("M2D-B4");
      }
    }
    Set<String> names = new HashSet<>();
    for (String h : in.handleNames()) {
      if (h.startsWith("FP_BUS_") && in.pinned(h)) {
        if (!in.handle(h).matches("fp\\.bus\\.[a-z0-9]+([._-][a-z0-9]+)*\\.v1") || !names.add(in.handle(h))) {
          out.add("M2D-B1");
        }
      }
    }
    if (in.kind("msk_cluster", m -> mskQueryable(in, m)).isEmpty()) {
      out.add("M2D-B2");
    }
    if (in.pinned("SSM_MSK_BOOTSTRAP_BROKERS_PATH") && in.kind("ssm_parameter",
        p -> in.handle("SSM_MSK_BOOTSTRAP_BROKERS_PATH").equals(in.text(p, "path")) && in.bool(p, "exists")).isEmpty()) {
      out.add("M2D-B2");
    }
    if (in.pinned("GLUE_SCHEMA_REGISTRY_NAME") && in.kind("schema_registry",
        r -> in.handle("GLUE_SCHEMA_REGISTRY_NAME").equals(in.text(r, "name")) && in.bool(r, "exists")).isEmpty()) {
      out.add("M2D-B3");
    }
    for (JsonNode r : in.kind("schema_registry", r -> in.bool(r, "exists"))) {
      if (in.differs("GLUE_SCHEMA_COMPATIBILITY_MODE", in.text(r, "compatibility"))
          || !in.bool(r, "anchor_schema_present")) {
        out.add("M2D-B3");
      }
    }
    if (bindings.isEmpty()) {
      out.add("M2D-B4");
    } else {
      for (String t : TOPICS) {
        long rows = bindings.stream().filter(b -> t.equals(in.text(b, "topic_handle"))).count();
        if (rows != 1) {
          out.add("M2D-B4");
        }
      }
    }
    Map<String, Integer> perTopic = new HashMap<>();
    for (JsonNode b : bindings) {
      perTopic.merge(String.valueOf(in.text(b, "topic_handle")), 1, Integer::sum);
      List<String> roles = new ArrayList<>();
      roles.add(in.text(b, "producer_role_handle"));
      roles.addAll(in.texts(b, "consumer_role_handles"));
      for (String r : roles) {
        if (r == null || !r.startsWith("ROLE_") || !in.has(r)) {
          out.add("M2D-B4");
        } else if (!in.pinned(r) && !Arrays.asList(ROLES).contains(r) && !routed.contains(r)) {
          out.add("M2D-B4");
        }
      }
    }
    if (perTopic.values().stream().anyMatch(n -> n > 1)) {
      out.add("M2D-B4");
    }
    if (srBreach(in)) {
      out.add("M2D-B5");
    }
    if (in.pinned("SR_READY_COMMIT_STATE_MACHINE") && in.kind("state_machine",
        s -> in.handle("SR_READY_COMMIT_STATE_MACHINE").equals(in.text(s, "name")) && !blank(in.text(s, "arn"))
            && "ACTIVE".equals(in.text(s, "status"))).isEmpty()) {
      out.add("M2D-B5");
    }
    if (in.pinned("MSK_TOPIC_EXISTENCE_PROBE")
        && !Set.of("EXECUTABLE", "WAIVED").contains(in.handle("MSK_TOPIC_EXISTENCE_PROBE"))) {
      out.add("M2D-B6");
    }
    for (JsonNode m : in.kind("msk_cluster")) {
      if (in.differs("MSK_CLUSTER_ARN", in.text(m, "arn"))) {
        out.add("M2D-B7");
      }
    }
    for (JsonNode r : in.kind("schema_registry")) {
      if (in.differs("GLUE_SCHEMA_REGISTRY_NAME", in.text(r, "name"))) {
        out.add("M2D-B7");
      }
    }
    in.routeErrors(out, Map.of("msk_cluster", "M2D-B2", "ssm_parameter", "M2D-B2", "schema_registry", "M2D-B3",
        "lane_binding", "M2D-B4", "iam_role", "M2D-B4", "state_machine", "M2D-B5"), "M2D-B7");
  }

  // ---- M2.E runtime and IAM --------------------------------------------------------------------------------

  private static void laneE(Facts in, Raised out) {
    in.require(out, "M2-B2", "TF_STACK_RUNTIME_DIR", "TF_STATE_KEY_RUNTIME");
    in.require(out, "M2-B3", ROLES);
    in.require(out, "M2-B11", "APIGW_IG_API_ID", "LAMBDA_IG_HANDLER", "DDB_IG_IDEMPOTENCY_TABLE");
    in.requirePositive(out, "M2-B11", "IG_MAX_REQUEST_BYTES", "IG_REQUEST_TIMEOUT_SECONDS", "IG_IDEMPOTENCY_TTL_SECONDS");
    in.require(out, "M2-B9", "PHASE_RUNTIME_PATH_MODE", "PHASE_RUNTIME_PATH_EVIDENCE_PATH_PATTERN",
        "FLINK_RUNTIME_PATH_ACTIVE");
    in.requireBoolean(out, "M2-B9", "PHASE_RUNTIME_PATH_PIN_REQUIRED");
    in.requireList(out, "M2-B9", "FLINK_RUNTIME_PATH_ALLOWED");
    stackApply(in, out, "runtime", "M2-B2", "M2-B2", "M2-B8");
    outputs(in, out, "runtime", "M2-B2", "apigw_ig_api_id", "ddb_ig_idempotency_table");
    for (String r : ROLES) {
      if (!in.pinned(r)) {
        continue;
      }
      List<JsonNode> roles = in.kind("iam_role", x -> r.equals(in.text(x, "handle")));
      if (roles.isEmpty()) {
        out.add("M2-B3");
      }
      for (JsonNode x : roles) {
        if (!in.bool(x, "exists") || !in.handle(r).equals(in.text(x, "arn"))) {
          out.add("M2-B3");
        }
      }
    }
    if (runtimePathBreach(in)) {
      out.add("M2-B9");
    }
    if (igBreach(in)) {
      out.add("M2-B11");
    }
    in.routeErrors(out, Map.of("stack_root", "M2-B2", "stack_output", "M2-B2", "iam_role", "M2-B3"), "M2-B8");
  }

  // ---- M2.F secret paths -----------------------------------------------------------------------------------

  private static void laneF(Facts in, Raised out) {
    List<String> paths = List.of("SSM_MSK_BOOTSTRAP_BROKERS_PATH", "SSM_IG_API_KEY_PATH", "SSM_DATABRICKS_TOKEN_PATH");
    in.require(out, "M2-B4", paths.toArray(String[]::new));
    List<JsonNode> secrets = in.kind("secret_path");
    for (String h : paths) {
      if (!in.pinned(h)) {
        continue;
      }
      if (secrets.stream().noneMatch(s -> h.equals(in.text(s, "handle")))) {
        out.add("M2-B4");
      }
      String v = in.handle(h);
      if (!v.startsWith("/") && !v.startsWith("arn:aws:secretsmanager:")) {
        out.add("M2-B4"); // not path-based: possibly an inline secret
      }
    }
    for (JsonNode s : secrets) {
      if (!in.bool(s, "exists") || !in.bool(s, "readable")) {
        out.add("M2-B4");
      }
      String h = in.text(s, "handle");
      if (h != null && in.pinned(h) && !in.handle(h).equals(in.text(s, "path"))) {
        out.add("M2-B4");
      }
    }
    List<JsonNode> scans = in.kind("plaintext_leak_scan");
    if (scans.isEmpty()) {
      out.add("M2-B4");
    }
    for (JsonNode s : scans) {
      if (in.num(s, "scanned_items") <= 0 || in.size(s, "findings") > 0) {
        out.add("M2-B4");
      }
    }
    for (String family : List.of("terraform_output", "evidence")) {
      if (!scans.isEmpty() && scans.stream().noneMatch(s -> {
        String scope = in.text(s, "scope");
        return scope != null && (scope.equals(family) || scope.startsWith(family + ":"));
      })) {
        out.add("M2-B4"); // "no plaintext leakage in outputs/evidence": both scopes
      }
    }
    in.routeErrors(out, Map.of("secret_path", "M2-B4", "plaintext_leak_scan", "M2-B4"), "M2-B8");
  }

  // ---- M2.G data_ml ----------------------------------------------------------------------------------------

  private static void laneG(Facts in, Raised out) {
    in.require(out, "M2-B2", "TF_STACK_DATA_ML_DIR", "TF_STATE_KEY_DATA_ML", "DBX_WORKSPACE_URL",
        "SAGEMAKER_EXECUTION_ROLE_ARN", "MLFLOW_TRACKING_URI");
    in.requireBoolean(out, "M2-B2", "DATA_ML_IDLE_COMPUTE_ALLOWED");
    stackApply(in, out, "data_ml", "M2-B2", "M2-B2", "M2-B8");
    outputs(in, out, "data_ml", "M2-B2", "dbx_workspace_url", "sagemaker_execution_role_arn");
    if (in.isBoolean("DATA_ML_IDLE_COMPUTE_ALLOWED") && !"false".equals(in.handle("DATA_ML_IDLE_COMPUTE_ALLOWED"))) {
      out.add("M2-B2"); // not cost-safe by default
    }
    in.routeErrors(out, Map.of("stack_root", "M2-B2", "stack_output", "M2-B2"), "M2-B8");
  }

  // ---- M2.H ops --------------------------------------------------------------------------------------------

  private static void laneH(Facts in, Raised out) {
    in.require(out, "M2-B2", "TF_STACK_OPS_DIR", "TF_STATE_KEY_OPS");
    in.require(out, "M2-B8", "OPS_BUDGET_NAME", "OPS_DASHBOARD_NAME", "COST_OUTCOME_ARTIFACT_PATH_PATTERN");
    in.requireList(out, "M2-B12", "CORRELATION_REQUIRED_FIELDS", "CORRELATION_HEADERS_REQUIRED");
    in.require(out, "M2-B12", "CORRELATION_AUDIT_PATH_PATTERN");
    in.requireBoolean(out, "M2-B12", "CORRELATION_ENFORCEMENT_FAIL_CLOSED");
    stackApply(in, out, "ops", "M2-B2", "M2-B2", "M2-B8");
    outputs(in, out, "ops", "M2-B2", "budget_name");
    List<JsonNode> surfaces = in.kind("ops_surface");
    for (JsonNode s : surfaces) {
      if (!in.bool(s, "queryable")) {
        out.add("M2-B6");
      }
    }
    for (String type : List.of("BUDGET", "ALARM", "DASHBOARD")) {
      if (surfaces.stream().noneMatch(s -> type.equals(in.text(s, "surface")))) {
        out.add("M2-B8");
      }
    }
    for (String h : List.of("OPS_BUDGET_NAME", "OPS_DASHBOARD_NAME")) {
      if (in.pinned(h) && surfaces.stream().noneMatch(s -> in.handle(h).equals(in.text(s, "name")))) {
        out.add("M2-B8");
      }
    }
    if (in.pinned("COST_OUTCOME_ARTIFACT_PATH_PATTERN")
        && !in.handle("COST_OUTCOME_ARTIFACT_PATH_PATTERN").contains("{platform_run_id}")) {
      out.add("M2-B6");
    }
    if (correlationBreach(in)) {
      out.add("M2-B12");
    }
    in.routeErrors(out, Map.of("stack_root", "M2-B2", "stack_output", "M2-B2", "ops_surface", "M2-B8"), "M2-B8");
  }

  // ---- M2.I destroy/recover rehearsal ------------------------------------------------------------------------

  private static void laneI(Facts in, Raised out) {
    in.requireList(out, "M2-B7", "DESTROY_RECOVER_REHEARSAL_STACKS");
    if (in.isList("DESTROY_RECOVER_REHEARSAL_STACKS")) {
      for (String item : in.items("DESTROY_RECOVER_REHEARSAL_STACKS")) {
        if (!STACKS.contains(item)
            || in.kind("destroy_recover_rehearsal", r -> item.equals(in.text(r, "stack"))).isEmpty()) {
          out.add("M2-B7");
        }
      }
    }
    for (JsonNode r : in.kind("destroy_recover_rehearsal")) {
      if (!in.bool(r, "destroyed") || !in.bool(r, "recovered") || !in.bool(r, "state_integrity_ok")
          || in.bool(r, "drift_detected") || in.size(r, "residuals") > 0) {
        out.add("M2-B7");
      }
    }
    in.routeErrors(out, Map.of("destroy_recover_rehearsal", "M2-B7"), "M2-B8");
  }

  // ---- managed-first control rails (handles) ---------------------------------------------------------------

  private static boolean flinkPathBreach(Facts in) {
    if (!in.pinned("FLINK_RUNTIME_PATH_ACTIVE")) {
      return false;
    }
    List<String> active = in.items("FLINK_RUNTIME_PATH_ACTIVE");
    if (active.size() > 1) {
      return true;
    }
    String path = in.handle("FLINK_RUNTIME_PATH_ACTIVE").trim();
    if (!Set.of("MSF_MANAGED", "EKS_EMR_ON_EKS", "EKS_FLINK_OPERATOR").contains(path)) {
      return true;
    }
    return in.isList("FLINK_RUNTIME_PATH_ALLOWED") && !in.items("FLINK_RUNTIME_PATH_ALLOWED").contains(path);
  }

  private static boolean runtimePathBreach(Facts in) {
    return (in.pinned("PHASE_RUNTIME_PATH_MODE")
            && !"single_active_path_per_phase_run".equals(in.handle("PHASE_RUNTIME_PATH_MODE")))
        || (in.isBoolean("PHASE_RUNTIME_PATH_PIN_REQUIRED") && !"true".equals(in.handle("PHASE_RUNTIME_PATH_PIN_REQUIRED")))
        || flinkPathBreach(in);
  }

  private static boolean srBreach(Facts in) {
    boolean authority = in.pinned("SR_READY_COMMIT_AUTHORITY")
        && !"step_functions_only".equals(in.handle("SR_READY_COMMIT_AUTHORITY"));
    boolean ref = in.isBoolean("SR_READY_RECEIPT_REQUIRES_SFN_EXECUTION_REF")
        && !"true".equals(in.handle("SR_READY_RECEIPT_REQUIRES_SFN_EXECUTION_REF"));
    boolean path = false;
    if (in.pinned("SR_READY_COMMIT_RECEIPT_PATH_PATTERN")) {
      String p = in.handle("SR_READY_COMMIT_RECEIPT_PATH_PATTERN");
      String segment = "(?:[a-z0-9_.-]|\\{[a-z_]+\\})+";
      path = !p.matches("(" + segment + "/)*" + segment + "\\.json") || !p.contains("{platform_run_id}");
    }
    return authority || ref || path;
  }

  private static boolean igBreach(Facts in) {
    return in.integerAbove("IG_MAX_REQUEST_BYTES", 10_485_760L) || in.integerAbove("IG_REQUEST_TIMEOUT_SECONDS", 29L);
  }

  private static boolean correlationBreach(Facts in) {
    return (in.isList("CORRELATION_REQUIRED_FIELDS") && !in.items("CORRELATION_REQUIRED_FIELDS").contains("platform_run_id"))
        || (in.isBoolean("CORRELATION_ENFORCEMENT_FAIL_CLOSED")
            && !"true".equals(in.handle("CORRELATION_ENFORCEMENT_FAIL_CLOSED")))
        || (in.pinned("CORRELATION_AUDIT_PATH_PATTERN")
            && !in.handle("CORRELATION_AUDIT_PATH_PATTERN").contains("{platform_run_id}"));
  }

  // ---- preconditions, backend invalidation and lane-result consistency -------------------------------------

  /** The gate a passing lane of M2.A to M2.I hands over to: the next lane's, for example {@code M2.C_READY}. */
  private static String nextGate(String lane) {
    return lane.substring(0, 3) + (char) (lane.charAt(3) + 1) + "_READY";
  }

  private static void precondition(Facts in, Raised out, String lane) {
    String code = EVIDENCE_CODE.get(lane);
    String previous = LANES.get(LANES.indexOf(lane) - 1);
    JsonNode eff = in.effective(previous);
    if (eff == null) {
      out.add(code);
    } else {
      boolean blocked = !in.bool(eff, "overall_pass") && in.texts(eff, "blocker_codes").stream()
          .anyMatch(c -> TAXONOMY.get(c) == null || !Set.of("S3", "S4").contains(TAXONOMY.get(c).severity));
      // PASS evidence is overall_pass=true, blocker count 0 and the previous lane's own next gate (the M2.A
      // closure: "overall_pass=true, blocker count 0, next gate M2.B_READY"); a pass handing over elsewhere
      // contradicts itself
      boolean wrongNextGate = in.bool(eff, "overall_pass") && !nextGate(previous).equals(in.text(eff, "next_gate"));
      if (blocked || wrongNextGate || !in.selfConsistent(eff) || !in.bool(eff, "durable_readback_ok")
          || in.texts(eff, "blocker_codes").stream().anyMatch(c -> !inFamily(previous, c))) {
        out.add(code);
      }
    }
    if (in.inconsistentResults()) {
      out.add(code);
    }
    // section 4: "Any state backend/lock failure blocks all downstream stack application"
    for (JsonNode a : in.kind("lane_result", r -> "M2.A".equals(in.text(r, "lane")))) {
      boolean failed = !in.bool(a, "overall_pass") || in.num(a, "blocker_count") > 0;
      Instant at = in.instant(a, "captured_at");
      if (failed && in.kind("lane_result", r -> "M2.A".equals(in.text(r, "lane")) && in.bool(r, "overall_pass")
          && in.num(r, "blocker_count") == 0 && at != null && in.instant(r, "captured_at") != null
          && in.instant(r, "captured_at").isAfter(at)).isEmpty()) {
        out.add(code);
      }
    }
    if (!in.kind("lock_table", t -> !lockReady(in, t)).isEmpty()
        || !in.kind("s3_bucket", b -> "STATE".equals(in.text(b, "role")) && !bucketConformant(in, b)).isEmpty()
        || !in.kind("collection_error", c -> "lock_table".equals(in.text(c, "target_kind"))
            || ("s3_bucket".equals(in.text(c, "target_kind")) && in.pinned("TF_STATE_BUCKET")
                && in.handle("TF_STATE_BUCKET").equals(in.text(c, "target")))).isEmpty()) {
      out.add(code);
    }
  }

  private static boolean inFamily(String lane, String code) {
    return "M2-B8".equals(code) || FAMILY.getOrDefault(lane, Set.of()).contains(code);
  }

  // ---- M2.J the P0 gate ------------------------------------------------------------------------------------

  private static void gate(Facts in, Raised out) {
    in.require(out, "M2-B9", "PHASE_RUNTIME_PATH_MODE", "PHASE_RUNTIME_PATH_EVIDENCE_PATH_PATTERN",
        "FLINK_RUNTIME_PATH_ACTIVE");
    in.requireBoolean(out, "M2-B9", "PHASE_RUNTIME_PATH_PIN_REQUIRED");
    in.requireList(out, "M2-B9", "FLINK_RUNTIME_PATH_ALLOWED");
    in.require(out, "M2-B10", "SR_READY_COMMIT_AUTHORITY", "SR_READY_COMMIT_STATE_MACHINE",
        "SR_READY_COMMIT_RECEIPT_PATH_PATTERN");
    in.requireBoolean(out, "M2-B10", "SR_READY_RECEIPT_REQUIRES_SFN_EXECUTION_REF");
    in.require(out, "M2-B11", "APIGW_IG_API_ID", "LAMBDA_IG_HANDLER", "DDB_IG_IDEMPOTENCY_TABLE");
    in.requirePositive(out, "M2-B11", "IG_MAX_REQUEST_BYTES", "IG_REQUEST_TIMEOUT_SECONDS", "IG_IDEMPOTENCY_TTL_SECONDS");
    in.requireList(out, "M2-B12", "CORRELATION_REQUIRED_FIELDS", "CORRELATION_HEADERS_REQUIRED");
    in.require(out, "M2-B12", "CORRELATION_AUDIT_PATH_PATTERN");
    in.requireBoolean(out, "M2-B12", "CORRELATION_ENFORCEMENT_FAIL_CLOSED");
    if (runtimePathBreach(in)) {
      out.add("M2-B9");
    }
    if (srBreach(in)) {
      out.add("M2-B10");
    }
    if (igBreach(in)) {
      out.add("M2-B11");
    }
    if (correlationBreach(in)) {
      out.add("M2-B12");
    }
    for (String lane : LANES) {
      JsonNode eff = in.effective(lane);
      if (eff == null) {
        out.add("M2-B8"); // the rollup is incomplete
        continue;
      }
      String next = nextGate(lane);
      if (!in.selfConsistent(eff) || !in.bool(eff, "durable_readback_ok")
          || (in.bool(eff, "overall_pass") && !next.equals(in.text(eff, "next_gate")))) {
        out.add("M2-B8");
      }
      for (String c : in.texts(eff, "blocker_codes")) {
        Code def = TAXONOMY.get(c);
        if (def == null || !inFamily(lane, c)) {
          out.add("M2-B8");
        }
        if (def != null) {
          // the reset flag follows the code actually raised, not the code it rolls up to
          out.add(def.rollsUpTo == null ? c : def.rollsUpTo, def.reset);
        }
      }
    }
    if (in.inconsistentResults() || in.sameInstantDisagreement()) {
      out.add("M2-B8");
    }
    in.routeErrors(out, Map.of(), "M2-B8");
  }

  // ---- plumbing --------------------------------------------------------------------------------------------

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  /** The raised codes, each with whether some raise of it requires a reset. */
  private static final class Raised {
    final Map<String, Boolean> codes = new LinkedHashMap<>();

    void add(String code) {
      Code c = TAXONOMY.get(code);
      add(code, c != null && c.reset);
    }

    void add(String code, boolean reset) {
      codes.merge(code, reset, Boolean::logicalOr);
    }
  }

  /** Tolerant reads of the raw fact-set JSON: a missing or mistyped field reads as absent, never throws. */
  private static final class Facts {
    final JsonNode root;
    final JsonNode handles;
    final List<JsonNode> facts = new ArrayList<>();
    final Instant capturedAt;

    Facts(JsonNode root) {
      this.root = root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root;
      JsonNode h = this.root.path("handles");
      this.handles = h.isObject() ? h : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      this.root.path("facts").forEach(f -> {
        if (f.isObject()) {
          facts.add(f);
        }
      });
      this.capturedAt = instant(this.root, "captured_at");
    }

    String text(JsonNode n, String field) {
      JsonNode v = n == null ? null : n.get(field);
      if (v == null || v.isNull() || v.isContainerNode()) {
        return null;
      }
      return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    boolean missing(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull();
    }

    boolean bool(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v != null && v.isBoolean() && v.booleanValue();
    }

    long num(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v != null && v.isNumber() ? v.asLong() : 0L;
    }

    int size(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v != null && v.isArray() ? v.size() : 0;
    }

    List<String> texts(JsonNode n, String field) {
      List<String> out = new ArrayList<>();
      JsonNode v = n.get(field);
      if (v != null && v.isArray()) {
        v.forEach(x -> {
          if (!x.isNull() && !x.isContainerNode()) {
            out.add(x.asText());
          }
        });
      }
      return out;
    }

    Instant instant(JsonNode n, String field) {
      String t = text(n, field);
      try {
        return t == null ? null : java.time.OffsetDateTime.parse(t.trim()).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }

    List<JsonNode> kind(String kind) {
      return kind(kind, f -> true);
    }

    List<JsonNode> kind(String kind, Predicate<JsonNode> filter) {
      return facts.stream().filter(f -> kind.equals(text(f, "kind")) && filter.test(f)).toList();
    }

    // handles

    Set<String> handleNames() {
      Set<String> names = new TreeSet<>();
      handles.fieldNames().forEachRemaining(names::add);
      return names;
    }

    boolean has(String name) {
      JsonNode v = handles.get(name);
      return v != null && !v.isNull();
    }

    String handle(String name) {
      JsonNode v = handles.get(name);
      if (v == null || v.isNull()) {
        return "";
      }
      return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    boolean pinned(String name) {
      String t = handle(name).trim();
      return has(name) && !t.isEmpty() && !"TO_PIN".equals(t);
    }

    boolean isBoolean(String name) {
      JsonNode v = handles.get(name);
      return pinned(name) && (v.isBoolean() || "true".equals(handle(name).trim()) || "false".equals(handle(name).trim()));
    }

    List<String> items(String name) {
      return Arrays.stream(handle(name).split(",", -1)).map(String::trim).toList();
    }

    boolean isList(String name) {
      return pinned(name) && items(name).stream().noneMatch(String::isEmpty);
    }

    boolean integerAbove(String name, long limit) {
      if (!pinned(name)) {
        return false;
      }
      try {
        java.math.BigDecimal d = new java.math.BigDecimal(handle(name).trim());
        java.math.BigInteger i = d.toBigIntegerExact();
        return i.signum() > 0 && i.compareTo(java.math.BigInteger.valueOf(limit)) > 0;
      } catch (NumberFormatException | ArithmeticException e) {
        return false;
      }
    }

    /** A pinned handle whose value is not the one the evidence reports. */
    boolean differs(String name, String reported) {
      return pinned(name) && !handle(name).equals(reported);
    }

    /** A required handle that is missing or unpinned raises the code (the plan: unresolved TO_PIN is fail-closed). */
    void require(Raised out, String code, String... names) {
      for (String n : names) {
        if (!pinned(n)) {
          out.add(code);
        }
      }
    }

    void requireBoolean(Raised out, String code, String... names) {
      for (String n : names) {
        if (!isBoolean(n)) {
          out.add(code);
        }
      }
    }

    void requirePositive(Raised out, String code, String... names) {
      for (String n : names) {
        if (!integerAbove(n, 0L)) {
          out.add(code);
        }
      }
    }

    void requireList(Raised out, String code, String... names) {
      for (String n : names) {
        if (!isList(n)) {
          out.add(code);
        }
      }
    }

    /**
     * A failed read is never a pass: its kind's code, or the lane's evidence code. Two facts of one kind about one
     * subject that disagree are inconsistent evidence, judged like a failed read of that kind.
     */
    void routeErrors(Raised out, Map<String, String> routes, String fallback) {
      for (JsonNode e : kind("collection_error")) {
        out.add(routes.getOrDefault(String.valueOf(text(e, "target_kind")), fallback));
      }
      for (String kind : contradictedKinds()) {
        out.add(routes.getOrDefault(kind, fallback));
      }
    }

    /** The fields naming what a fact of each kind is about (its subject). */
    private static final Map<String, List<String>> SUBJECT = Map.ofEntries(
        Map.entry("s3_bucket", List.of("bucket")), Map.entry("lock_table", List.of("table")),
        Map.entry("stack_root", List.of("stack")), Map.entry("command_receipt", List.of("stack", "command", "post_apply")),
        Map.entry("stack_output", List.of("stack", "name")), Map.entry("kms_alias", List.of("alias")),
        Map.entry("tag_policy_conformance", List.of("stack", "resource")), Map.entry("msk_cluster", List.of("name")),
        Map.entry("ssm_parameter", List.of("path")), Map.entry("schema_registry", List.of("name")),
        Map.entry("lane_binding", List.of("topic_handle")), Map.entry("state_machine", List.of("name")),
        Map.entry("iam_role", List.of("handle")), Map.entry("secret_path", List.of("handle")),
        Map.entry("plaintext_leak_scan", List.of("scope")), Map.entry("ops_surface", List.of("surface", "name")),
        Map.entry("destroy_recover_rehearsal", List.of("stack")), Map.entry("lane_result", List.of("lane", "execution_id")));

    private Set<String> contradictedKinds() {
      Set<String> out = new TreeSet<>();
      Map<String, JsonNode> seen = new HashMap<>();
      for (JsonNode f : facts) {
        String kind = text(f, "kind");
        List<String> fields = kind == null ? null : SUBJECT.get(kind);
        if (fields == null) {
          continue;
        }
        StringBuilder key = new StringBuilder(kind);
        fields.forEach(x -> key.append('|').append(f.get(x)));
        JsonNode other = seen.putIfAbsent(key.toString(), f);
        if (other != null && !content(other).equals(content(f))) {
          out.add(kind);
        }
      }
      return out;
    }

    private static JsonNode content(JsonNode f) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) f).deepCopy();
      copy.remove("id");
      copy.remove("source");
      return copy;
    }

    // lane results

    JsonNode effective(String lane) {
      JsonNode best = null;
      for (JsonNode r : kind("lane_result", r -> lane.equals(text(r, "lane")))) {
        if (best == null || later(r, best)) {
          best = r;
        }
      }
      return best;
    }

    private boolean later(JsonNode a, JsonNode b) {
      Instant x = instant(a, "captured_at");
      Instant y = instant(b, "captured_at");
      if (x == null || y == null || x.equals(y)) {
        return String.valueOf(text(a, "execution_id")).compareTo(String.valueOf(text(b, "execution_id"))) > 0;
      }
      return x.isAfter(y);
    }

    boolean selfConsistent(JsonNode r) {
      long count = num(r, "blocker_count");
      return bool(r, "overall_pass") == (count == 0) && count == texts(r, "blocker_codes").stream().distinct().count();
    }

    /** A result naming another lane's execution, or captured after this fact set. */
    boolean inconsistentResults() {
      for (JsonNode r : kind("lane_result")) {
        String lane = text(r, "lane");
        String id = String.valueOf(text(r, "execution_id"));
        String own = lane == null ? "" : lane.toLowerCase().replace(".", "") + "_";
        if (lane != null && LANES.contains(lane) && !id.startsWith(own) && id.matches("m2[a-i]_.*")) {
          return true;
        }
        Instant at = instant(r, "captured_at");
        if (at != null && capturedAt != null && at.isAfter(capturedAt)) {
          return true;
        }
      }
      return false;
    }

    private static List<String> sorted(List<String> codes) {
      return codes.stream().map(String::valueOf).sorted().toList();
    }

    /** Two results of one lane at one instant that disagree. */
    boolean sameInstantDisagreement() {
      List<JsonNode> results = kind("lane_result");
      for (int i = 0; i < results.size(); i++) {
        for (int j = i + 1; j < results.size(); j++) {
          JsonNode a = results.get(i);
          JsonNode b = results.get(j);
          if (java.util.Objects.equals(text(a, "lane"), text(b, "lane"))
              && java.util.Objects.equals(instant(a, "captured_at"), instant(b, "captured_at"))
              && (bool(a, "overall_pass") != bool(b, "overall_pass")
                  || !sorted(texts(a, "blocker_codes")).equals(sorted(texts(b, "blocker_codes"))))) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
