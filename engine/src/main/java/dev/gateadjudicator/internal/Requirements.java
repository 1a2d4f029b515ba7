package dev.gateadjudicator.internal;

import dev.gateadjudicator.HandleSpec;
import dev.gateadjudicator.fact.FactSet;
import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.fact.RuntimePath;
import dev.gateadjudicator.rules.BlockerDefinition;
import dev.gateadjudicator.rules.Decisions;
import dev.gateadjudicator.rules.Execution;
import dev.gateadjudicator.rules.Findings;
import dev.gateadjudicator.rules.HandleRequirement;
import dev.gateadjudicator.rules.RequiredHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;

/**
 * The handles a lane's compiled policy requires: its rules run once over an execution with no facts (and once per
 * runtime path with {@code FLINK_RUNTIME_PATH_ACTIVE} pinned to it, for handles only one path requires), and the
 * {@code HandleRequirement} and {@code RequiredHandle} rows they insert are read back. No fact is read and nothing
 * leaves the process.
 */
public final class Requirements {
  private static final String PATH_HANDLE = "FLINK_RUNTIME_PATH_ACTIVE";

  private Requirements() {}

  /**
   * The lane's handle requirements.
   *
   * @param policy the policy
   * @param phase the phase
   * @param lane the lane
   * @return the requirements, sorted by name
   * @throws IllegalArgumentException when the policy lacks the phase or lane
   */
  public static List<HandleSpec> of(Policy policy, String phase, String lane) {
    PhaseCatalog catalog = policy.phases().get(phase);
    if (catalog == null || catalog.lane(lane).isEmpty()) {
      throw new IllegalArgumentException("the policy `" + policy.name() + "` has no lane `" + lane + "` in phase `" + phase + "`");
    }
    boolean gate = catalog.lane(lane).get().gate();
    Map<String, Row> always = run(policy, phase, lane, gate, Map.of());
    Map<String, TreeSet<String>> when = new TreeMap<>();
    Map<String, Row> conditional = new TreeMap<>();
    for (RuntimePath p : RuntimePath.values()) {
      Map<String, Row> rows = run(policy, phase, lane, gate, Map.of(PATH_HANDLE, p.name()));
      for (Map.Entry<String, Row> e : rows.entrySet()) {
        if (!always.containsKey(e.getKey())) {
          when.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(p.name());
          conditional.merge(e.getKey(), e.getValue(), Row::merge);
        }
      }
    }
    List<HandleSpec> out = new ArrayList<>();
    always.forEach((n, r) -> out.add(new HandleSpec(n, r.format, List.copyOf(r.uses), null)));
    conditional.forEach((n, r) -> out.add(new HandleSpec(n, r.format, List.copyOf(r.uses),
        when.get(n).size() == RuntimePath.values().length ? PATH_HANDLE + " is pinned"
            : PATH_HANDLE + " = " + String.join(" or ", when.get(n)))));
    out.sort(java.util.Comparator.comparing(HandleSpec::name));
    return out;
  }

  private record Row(String format, TreeSet<String> uses) {
    Row merge(Row other) {
      uses.addAll(other.uses);
      return this;
    }
  }

  private static Map<String, Row> run(Policy policy, String phase, String lane, boolean gate, Map<String, Object> pins) {
    FactSet fs = new FactSet(FactSet.VERSION, phase, lane, "registry_init", "platform_19700101T000000Z", Instant.EPOCH,
        new TreeMap<>(pins), List.of());
    var kieBase = policy.kieBase(phase);
    KieSession session = kieBase.newKieSession();
    try {
      TreeSet<String> globals = new TreeSet<>();
      for (KiePackage p : kieBase.getKiePackages()) {
        p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
      }
      if (globals.contains("findings")) {
        Waivers waivers = Waivers.assess(fs, policy.definitions());
        session.setGlobal("findings", new Findings(policy.definitions(), waivers::coverOf));
      }
      if (globals.contains("decisions")) {
        session.setGlobal("decisions", new Decisions());
      }
      session.insert(new Execution(phase, lane, gate, fs.executionId(), fs.platformRunId(), fs.capturedAt()));
      for (BlockerDefinition d : policy.definitions().values()) {
        if (d.phase().equals(phase)) {
          session.insert(d);
        }
      }
      for (Handle h : fs.handleFacts()) {
        session.insert(h);
      }
      session.fireAllRules(100_000);
      Map<String, Row> rows = new TreeMap<>();
      for (Object o : session.getObjects(x -> x instanceof HandleRequirement || x instanceof RequiredHandle)) {
        String name;
        String format;
        String use;
        if (o instanceof HandleRequirement h) {
          name = h.name();
          format = h.format().name();
          use = h.code() + " " + h.check() + ": " + h.why();
        } else {
          RequiredHandle h = (RequiredHandle) o;
          name = h.name();
          format = h.format().name();
          use = h.why();
        }
        rows.computeIfAbsent(name, n -> new Row(format, new TreeSet<>())).uses().add(use);
      }
      return rows;
    } finally {
      session.dispose();
    }
  }
}
