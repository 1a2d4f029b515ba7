package dev.gateadjudicator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.result.PolicyRule;
import dev.gateadjudicator.rules.Findings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * A compiled, linted policy: the phase catalogs (taxonomies), the rules compiled once into a thread-safe
 * {@link KieBase}, and the policy's SHA-256 digest. Compilation fails with a {@link PolicyException} naming
 * file and line on a DRL error, a rule raising a code outside the taxonomy, a taxonomy code no rule raises,
 * a rule that raises without declaring its code, or two rules sharing a name.
 */
public final class Policy {
  /** The schema of a phase's {@code taxonomy.json}, below {@code schemas/}. */
  public static final String TAXONOMY_SCHEMA = "taxonomy.schema.json";
  /** The agenda group verdict rules run in, after every classification rule. */
  public static final String VERDICT_GROUP = "verdict";

  private static final Object BUILD_LOCK = new Object();

  private final String name;
  private final String digest;
  private final PolicySource source;
  private final Map<String, String> phaseDirs;
  private final Map<String, KieBase> kieBases = new java.util.concurrent.ConcurrentHashMap<>();
  private final boolean precompiledAllowed;
  private final java.util.Set<String> precompiledPhases = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<String, PhaseCatalog> phases;
  private final Map<String, BlockerDefinition> definitions;
  private final List<PolicyRule> rules;
  private final Map<String, PhaseTables> tables;
  private final Secrets secrets;

  private Policy(PolicySource source, String digest, Map<String, String> phaseDirs, Map<String, PhaseCatalog> phases,
      List<PolicyRule> rules, boolean precompiledAllowed) {
    this.precompiledAllowed = precompiledAllowed;
    this.name = source.name();
    this.digest = digest;
    this.source = source;
    this.phaseDirs = Map.copyOf(phaseDirs);
    this.phases = Collections.unmodifiableMap(phases);
    this.rules = List.copyOf(rules);
    Map<String, BlockerDefinition> defs = new TreeMap<>();
    phases.values().forEach(c -> c.blockers().forEach(b -> defs.put(b.code(), b)));
    this.definitions = Collections.unmodifiableMap(defs);
    Map<String, PhaseTables> t = new TreeMap<>();
    phases.values().forEach(c -> t.put(c.phase(), PhaseTables.of(c)));
    this.tables = Collections.unmodifiableMap(t);
    byte[] extra = source.files().get(Secrets.POLICY_FILE);
    try {
      this.secrets = extra == null ? Secrets.defaults() : Secrets.defaults().plus(extra, Secrets.POLICY_FILE);
    } catch (IllegalArgumentException e) {
      throw new PolicyException(Secrets.POLICY_FILE, 0, e.getMessage());
    }
  }

  /**
   * The policy-table rows an adjudication of a lane inserts as rule facts (built once per policy): the phase's
   * lanes and verdict table, and the lane's required handles, error routes and previous-lane precondition.
   *
   * @param phase the phase id
   * @param lane the lane id
   * @return the rows, in table order
   */
  public List<Object> rows(String phase, String lane) {
    PhaseTables t = tables.get(phase);
    return t == null ? List.of() : t.rows(lane);
  }

  /**
   * The credential rules: the bundled ones plus the policy folder's own {@code credentials.json}.
   *
   * @return the scanner
   */
  public Secrets secrets() {
    return secrets;
  }

  /** @return the policy's name */
  public String name() {
    return name;
  }

  /** @return SHA-256 over every policy file's path and content */
  public String digest() {
    return digest;
  }

  /**
   * The compiled rules of one phase: the DRL files of its folder and those outside every phase folder, compiled
   * once (on first use, unless the policy was compiled eagerly) and shared; thread-safe.
   *
   * @param phase the phase id
   * @return the knowledge base
   * @throws PolicyException when the phase's rules do not compile
   */
  public KieBase kieBase(String phase) {
    return kieBases.computeIfAbsent(phase, this::buildPhase);
  }

  /**
   * The phases whose rules were loaded from the precompiled executable model rather than compiled from DRL.
   *
   * @return phase ids, sorted
   */
  public List<String> precompiledPhases() {
    return precompiledPhases.stream().sorted().toList();
  }

  /**
   * The DRL files one phase compiles: those of its folder and those outside every phase folder.
   *
   * @param phase the phase id
   * @return their contents by policy-relative path, sorted
   */
  Map<String, byte[]> phaseDrl(String phase) {
    String dir = phaseDirs.get(phase);
    Map<String, byte[]> drl = new TreeMap<>();
    source.files().forEach((rel, bytes) -> {
      if (rel.endsWith(".drl") && inPhase(rel, dir)) {
        drl.put(rel, bytes);
      }
    });
    return drl;
  }

  private KieBase buildPhase(String phase) {
    String dir = phaseDirs.get(phase);
    Map<String, byte[]> drl = phaseDrl(phase);
    if (precompiledAllowed) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      rules.stream().filter(r -> inPhase(r.file(), dir)).forEach(r -> names.add(r.name()));
      KieBase pre = Precompiled.kieBase(drl, names);
      if (pre != null) {
        precompiledPhases.add(phase);
        return pre;
      }
    }
    return build(source, phase, drl);
  }

  /** Whether a policy file belongs to a phase: it is in the phase's folder or outside every phase folder. */
  private boolean inPhase(String rel, String dir) {
    return rel.startsWith(dir) || phaseDirs.values().stream().noneMatch(rel::startsWith);
  }

  /** @return catalogs by phase id */
  public Map<String, PhaseCatalog> phases() {
    return phases;
  }

  /** @return every blocker definition by code */
  public Map<String, BlockerDefinition> definitions() {
    return definitions;
  }

  /** @return every rule, in file and line order */
  public List<PolicyRule> rules() {
    return rules;
  }

  /**
   * Parses and lints a policy, and compiles the rules of every phase now ({@code eager}) or each on first use.
   * Bundled policies are compiled lazily (their every phase compiles in this project's tests), so that a CLI run
   * pays only for the phase it adjudicates; a folder a user edited is compiled eagerly so that any compile error
   * surfaces at once.
   *
   * @param source the policy files
   * @param eager whether to compile every phase now
   * @return the policy
   * @throws PolicyException on any policy error
   */
  public static Policy compile(PolicySource source, boolean eager) {
    return compile(source, eager, false);
  }

  /**
   * Parses and lints a policy; a phase's rules come from the policy bundle's executable model when
   * {@code precompiled} is allowed and the bundle matches the sources (see {@link Precompiled}), else from DRL.
   *
   * @param source the policy files
   * @param eager whether to build every phase now
   * @param precompiled whether a matching precompiled model may stand in for compiling the DRL
   * @return the policy
   * @throws PolicyException on any policy error
   */
  public static Policy compile(PolicySource source, boolean eager, boolean precompiled) {
    Map<String, PhaseCatalog> phases = new LinkedHashMap<>();
    Map<String, String> catalogFiles = new HashMap<>();
    List<PolicyRule> rules = new ArrayList<>();
    Map<String, byte[]> drl = new TreeMap<>();
    source.files().forEach((rel, bytes) -> {
      if (rel.endsWith("taxonomy.json")) {
        PhaseCatalog c = readCatalog(rel, bytes);
        if (phases.containsKey(c.phase())) {
          throw new PolicyException(rel, 0,
              "phase `" + c.phase() + "` is already defined in `" + catalogFiles.get(c.phase()) + "`");
        }
        phases.put(c.phase(), c);
        catalogFiles.put(c.phase(), rel);
      } else if (rel.endsWith(".drl")) {
        drl.put(rel, bytes);
        rules.addAll(Precompiled.rules(rel, bytes));
      }
    });
    if (phases.isEmpty()) {
      throw new PolicyException(source.name(), 0, "policy has no `taxonomy.json`");
    }
    if (drl.isEmpty()) {
      throw new PolicyException(source.name(), 0, "policy has no `.drl` rule files");
    }
    lint(source, phases, catalogFiles, rules);
    Map<String, String> phaseDirs = new TreeMap<>();
    catalogFiles.forEach((phase, file) -> phaseDirs.put(phase, file.substring(0, file.length() - "taxonomy.json".length())));
    Policy policy = new Policy(source, digest(source), phaseDirs, phases, rules, precompiled);
    if (eager) {
      phases.keySet().parallelStream().forEach(policy::kieBase);
    }
    return policy;
  }

  private static PhaseCatalog readCatalog(String rel, byte[] bytes) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new PolicyException(rel, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed json: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PolicyException(rel, 0, "unreadable: " + e.getMessage());
    }
    List<Schemas.Violation> violations = Schemas.validate(TAXONOMY_SCHEMA, tree);
    if (!violations.isEmpty()) {
      Schemas.Violation v = violations.get(0);
      throw new PolicyException(rel, lineOfPointer(bytes, v.path()), "`" + v.path() + "` " + v.message());
    }
    PhaseCatalog c;
    try {
      c = Json.MAPPER.treeToValue(tree, PhaseCatalog.class);
    } catch (JsonProcessingException e) {
      throw new PolicyException(rel, 0, e.getOriginalMessage());
    }
    Set<String> checks = new TreeSet<>();
    c.checks().forEach(k -> checks.add(k.id()));
    Set<String> codes = new TreeSet<>();
    for (BlockerDefinition b : c.blockers()) {
      if (!codes.add(b.code())) {
        throw new PolicyException(rel, lineOf(bytes, b.code()), "blocker code `" + b.code() + "` is listed twice");
      }
      if (!checks.contains(b.check())) {
        throw new PolicyException(rel, lineOf(bytes, b.code()),
            "blocker `" + b.code() + "` belongs to check `" + b.check() + "`, which the phase does not list");
      }
    }
    for (BlockerDefinition b : c.blockers()) {
      if (b.rollsUpTo() != null && !codes.contains(b.rollsUpTo())) {
        throw new PolicyException(rel, lineOf(bytes, b.code()),
            "blocker `" + b.code() + "` rolls up to `" + b.rollsUpTo() + "`, which the taxonomy lacks");
      }
    }
    if (c.durablePublishBlocker() != null && !codes.contains(c.durablePublishBlocker())) {
      throw new PolicyException(rel, lineOf(bytes, "durable_publish_blocker"),
          "`durable_publish_blocker` names `" + c.durablePublishBlocker() + "`, which the taxonomy lacks");
    }
    for (PhaseCatalog.Lane lane : c.lanes()) {
      List<String> used = new ArrayList<>(lane.checks());
      lane.snapshots().forEach(s -> used.addAll(s.checks()));
      for (String k : used) {
        if (!checks.contains(k)) {
          throw new PolicyException(rel, lineOf(bytes, lane.lane()),
              "lane `" + lane.lane() + "` names check `" + k + "`, which the phase does not list");
        }
      }
    }
    lintTables(rel, bytes, c, codes, checks);
    return c;
  }

  /**
   * Lints the policy tables of a phase: every code a row declares is in the phase's taxonomy, every check it names
   * is a check of the phase, a precondition names an earlier lane, and every lane routes any failed read (a
   * {@code *} row of its own or of the phase).
   */
  private static void lintTables(String rel, byte[] bytes, PhaseCatalog c, Set<String> codes, Set<String> checks) {
    c.errorRoutes().forEach((kind, r) -> lintRow(rel, bytes, "error route `" + kind + "` of phase `" + c.phase() + "`",
        r.code(), r.check(), codes, checks));
    List<String> seen = new ArrayList<>();
    for (PhaseCatalog.Lane lane : c.lanes()) {
      String where = "lane `" + lane.lane() + "`";
      if (seen.contains(lane.lane())) {
        throw new PolicyException(rel, lineOf(bytes, lane.lane()), where + " is listed twice");
      }
      for (PhaseCatalog.HandleRow h : lane.requiredHandles()) {
        lintRow(rel, bytes, "required handle `" + h.name() + "` of " + where, h.code(), h.check(), codes, checks);
      }
      lane.errorRoutes().forEach((kind, r) -> lintRow(rel, bytes, "error route `" + kind + "` of " + where,
          r.code(), r.check(), codes, checks));
      PhaseCatalog.Precondition p = lane.previousLane();
      if (p != null) {
        if (lane.gate()) {
          throw new PolicyException(rel, lineOf(bytes, lane.lane()), where + " is the gate lane: it rolls up every"
              + " other lane and takes no `previous_lane`");
        }
        if (!seen.contains(p.lane())) {
          throw new PolicyException(rel, lineOf(bytes, p.lane()), where + " requires previous lane `" + p.lane()
              + "`, which is not a lane listed before it");
        }
        lintRow(rel, bytes, "previous lane of " + where, p.code(), p.check(), codes, checks);
      }
      if (!c.errorRoutes(lane).containsKey(dev.gateadjudicator.rules.ErrorRoute.ANY)) {
        throw new PolicyException(rel, lineOf(bytes, lane.lane()), where + " has no `*` error route, of its own or"
            + " of the phase: a failed read of a kind no route names must raise a blocker");
      }
      seen.add(lane.lane());
    }
    lintRollup(rel, bytes, c, codes, checks);
  }

  /**
   * Lints the gate lane's rollup table: its routes' codes and checks are the phase's, and every rollup inconsistency
   * the shared rules judge is routed (by a route of its own, a {@code *} route, or for a failed read-back the
   * durable-publish blocker), so a rollup inconsistency always raises a blocker.
   */
  private static void lintRollup(String rel, byte[] bytes, PhaseCatalog c, Set<String> codes, Set<String> checks) {
    PhaseCatalog.GateRollup g = c.gateRollup();
    if (g != null) {
      g.routes().forEach((k, r) -> lintRow(rel, bytes, "gate rollup route `" + k + "`", r.code(), r.check(), codes,
          checks));
      if (g.carryCheck() != null && !checks.contains(g.carryCheck())) {
        throw new PolicyException(rel, lineOf(bytes, g.carryCheck()),
            "`gate_rollup` reports carried codes under check `" + g.carryCheck() + "`, which the phase does not list");
      }
    }
    for (PhaseCatalog.Lane lane : c.lanes()) {
      for (String i : lane.gate() ? dev.gateadjudicator.rules.RollupRoute.INCONSISTENCIES : List.<String>of()) {
        if (g == null || g.route(i, c.durablePublishBlocker()) == null) {
          throw new PolicyException(rel, lineOf(bytes, g == null ? lane.lane() : "gate_rollup"), "gate lane `"
              + lane.lane() + "` has no `gate_rollup` route for `" + i + "` nor a `*` route: a rollup inconsistency"
              + " must raise a blocker");
        }
      }
    }
  }

  private static void lintRow(String rel, byte[] bytes, String what, String code, String check, Set<String> codes,
      Set<String> checks) {
    if (!codes.contains(code)) {
      throw new PolicyException(rel, lineOf(bytes, code), what + " raises `" + code + "`, which is not in the taxonomy");
    }
    if (check != null && !checks.contains(check)) {
      throw new PolicyException(rel, lineOf(bytes, check),
          what + " reports under check `" + check + "`, which the phase does not list");
    }
  }

  /**
   * Parses one DRL file.
   *
   * @param rel the policy-relative path, for errors
   * @param bytes its text
   * @return its descriptors
   * @throws PolicyException naming file and line when it does not parse
   */
  static PackageDescr parseDrl(String rel, byte[] bytes) {
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    } catch (DroolsParserException e) {
      throw new PolicyException(rel, e.getLineNumber(), e.getMessage());
    }
    if (parser.hasErrors() || pkg == null) {
      DroolsError err = parser.getErrors().isEmpty() ? null : parser.getErrors().get(0);
      int line = err == null || err.getLines() == null || err.getLines().length == 0 ? 0 : err.getLines()[0];
      throw new PolicyException(rel, line, err == null ? "cannot parse" : err.getMessage().trim());
    }
    return pkg;
  }

  static List<PolicyRule> parseRules(String rel, byte[] bytes) {
    PackageDescr pkg = parseDrl(rel, bytes);
    List<PolicyRule> out = new ArrayList<>();
    for (RuleDescr r : pkg.getRules()) {
      AnnotationDescr code = r.getAnnotation(Findings.CODE);
      AttributeDescr group = r.getAttributes().getOrDefault("ruleflow-group", r.getAttributes().get("agenda-group"));
      String consequence = String.valueOf(r.getConsequence());
      String codeValue = code == null ? null : String.valueOf(code.getSingleValueStripped());
      boolean carries = r.getAnnotation(Findings.CARRIES) != null;
      if (consequence.contains("findings.raise") && codeValue == null) {
        throw new PolicyException(rel, r.getLine(),
            "rule `" + r.getName() + "` calls `findings.raise` but declares no `@code`");
      }
      String guard = phaseGuard(r.getLhs());
      if (guard != null) {
        throw new PolicyException(rel, r.getLine(), "rule `" + r.getName() + "` guards on the phase (`" + guard
            + "`): each phase compiles its own rules, so a rule belongs in its phase's folder instead");
      }
      if (consequence.contains("findings.carry") && !carries) {
        throw new PolicyException(rel, r.getLine(),
            "rule `" + r.getName() + "` calls `findings.carry` but does not declare `@carries`");
      }
      out.add(new PolicyRule(r.getName(), pkg.getName(), rel, r.getLine(), codeValue, carries,
          group == null ? null : group.getValue()));
    }
    return out;
  }

  private static final Pattern PHASE_GUARD = Pattern.compile("(^|[^A-Za-z0-9_.$])phase\\b");

  /** The first constraint on {@code Execution.phase} in a rule's conditions, or {@code null}. */
  static String phaseGuard(org.drools.drl.ast.descr.BaseDescr d) {
    if (d instanceof org.drools.drl.ast.descr.PatternDescr p) {
      String type = p.getObjectType() == null ? "" : p.getObjectType();
      if (type.equals("Execution") || type.endsWith(".Execution")) {
        for (org.drools.drl.ast.descr.BaseDescr c : p.getConstraint().getDescrs()) {
          String text = String.valueOf(c.getText() != null ? c.getText()
              : c instanceof org.drools.drl.ast.descr.ExprConstraintDescr e ? e.getExpression() : c.toString());
          if (PHASE_GUARD.matcher(text).find()) {
            return text.trim();
          }
        }
      }
      return p.getSource() == null ? null : phaseGuard(p.getSource());
    }
    if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
      for (Object child : ce.getDescrs()) {
        if (child instanceof org.drools.drl.ast.descr.BaseDescr b) {
          String g = phaseGuard(b);
          if (g != null) {
            return g;
          }
        }
      }
    }
    return null;
  }

  private static void lint(PolicySource source, Map<String, PhaseCatalog> phases,
      Map<String, String> catalogFiles, List<PolicyRule> rules) {
    Map<String, PolicyRule> byName = new HashMap<>();
    Set<String> known = new TreeSet<>();
    phases.values().forEach(c -> c.blockers().forEach(b -> known.add(b.code())));
    Set<String> raised = new TreeSet<>();
    for (PolicyRule r : rules) {
      PolicyRule twin = byName.putIfAbsent(r.name(), r);
      if (twin != null) {
        throw new PolicyException(r.file(), r.line(), "rule name `" + r.name() + "` is already used in `"
            + twin.file() + "` line " + twin.line());
      }
      if (r.code() != null) {
        if (!known.contains(r.code())) {
          throw new PolicyException(r.file(), r.line(),
              "rule `" + r.name() + "` raises `" + r.code() + "`, which is not in the taxonomy");
        }
        raised.add(r.code());
      }
    }
    for (PhaseCatalog c : phases.values()) {
      // a code a policy-table row declares is raised by the generic rule that reads the row
      c.errorRoutes().values().forEach(r -> raised.add(r.code()));
      for (PhaseCatalog.Lane l : c.lanes()) {
        l.requiredHandles().forEach(h -> raised.add(h.code()));
        l.errorRoutes().values().forEach(r -> raised.add(r.code()));
        if (l.previousLane() != null) {
          raised.add(l.previousLane().code());
        }
        if (l.gate()) {
          dev.gateadjudicator.rules.RollupRoute.INCONSISTENCIES.forEach(
              i -> raised.add(c.gateRollup().route(i, c.durablePublishBlocker()).code()));
        }
      }
      Set<String> own = new TreeSet<>();
      c.blockers().forEach(b -> own.add(b.code()));
      for (PhaseCatalog.Lane lane : c.lanes()) {
        for (String code : lane.codes()) {
          if (!own.contains(code)) {
            String file = catalogFiles.get(c.phase());
            throw new PolicyException(file, lineOf(source.files().get(file), lane.lane()),
                "lane `" + lane.lane() + "` lists code `" + code + "`, which is not in the taxonomy");
          }
        }
      }
      // a code other codes roll up to is raised by the gate rule that carries them
      c.blockers().stream().map(BlockerDefinition::rollsUpTo).filter(java.util.Objects::nonNull)
          .forEach(raised::add);
      for (BlockerDefinition b : c.blockers()) {
        if (!raised.contains(b.code())) {
          String file = catalogFiles.get(c.phase());
          throw new PolicyException(file, lineOf(source.files().get(file), b.code()),
              "taxonomy code `" + b.code() + "` is raised by no rule");
        }
      }
    }
  }

  private static KieBase build(PolicySource source, String phase, Map<String, byte[]> drl) {
    synchronized (BUILD_LOCK) {
      KieHelper helper = new KieHelper();
      ReleaseId id = helper.ks.newReleaseId("dev.gateadjudicator.policy",
          (source.name() + "-" + phase).replaceAll("[^A-Za-z0-9_.-]", "_"), "0.0." + Integer.toUnsignedString(
              digest(source).hashCode()));
      helper.setReleaseId(id);
      drl.forEach((rel, bytes) -> helper.addResource(
          ResourceFactory.newByteArrayResource(bytes).setSourcePath("gate/" + rel), ResourceType.DRL));
      Results results = helper.verify();
      for (Message m : results.getMessages(Message.Level.ERROR)) {
        String path = m.getPath() == null ? source.name() : m.getPath().replaceFirst("^.*?gate/", "");
        throw new PolicyException(path, Math.max(m.getLine(), 0), m.getText().trim());
      }
      return helper.build();
    }
  }

  private static String digest(PolicySource source) {
    MessageDigest md = Digests.newSha256();
    source.files().forEach((rel, bytes) -> {
      md.update(rel.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(Digests.sha256(bytes).getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    });
    return HexFormat.of().formatHex(md.digest());
  }

  static int lineOf(byte[] bytes, String quoted) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    Pattern p = Pattern.compile("\"" + Pattern.quote(quoted) + "\"");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = p.matcher(lines[i]);
      if (m.find()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int lineOfPointer(byte[] bytes, String pointer) {
    String[] parts = pointer.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
        return lineOf(bytes, parts[i]);
      }
    }
    return 0;
  }
}
