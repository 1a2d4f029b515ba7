package dev.gateadjudicator.internal;

import dev.gateadjudicator.result.HandleSpec;
import dev.gateadjudicator.rules.HandleRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The handles a lane's policy requires: the {@code HandleRequirement} rows of its {@code required_handles} table (in
 * its phase's {@code taxonomy.json}, built once per policy), a row with {@code when} reported with its condition.
 * No fact is read and nothing leaves the process.
 */
public final class Requirements {
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
    Map<String, Row> always = new TreeMap<>();
    Map<String, Row> conditional = new TreeMap<>();
    Map<String, TreeSet<String>> when = new TreeMap<>();
    Map<String, String> whenHandle = new TreeMap<>();
    for (Object o : policy.rows(phase, lane)) {
      if (o instanceof HandleRequirement h) {
        String check = h.check() != null ? h.check()
            : policy.definitions().containsKey(h.code()) ? policy.definitions().get(h.code()).check() : null;
        String use = h.code() + " " + check + ": " + h.why();
        Map<String, Row> target = h.conditional() ? conditional : always;
        target.computeIfAbsent(h.name(), n -> new Row(h.format().name(), new TreeSet<>())).uses().add(use);
        if (h.conditional()) {
          when.computeIfAbsent(h.name(), n -> new TreeSet<>()).addAll(h.whenIn());
          whenHandle.put(h.name(), h.whenHandle());
        }
      }
    }
    List<HandleSpec> out = new ArrayList<>();
    always.forEach((n, r) -> out.add(new HandleSpec(n, r.format, List.copyOf(r.uses), null)));
    conditional.forEach((n, r) -> {
      if (!always.containsKey(n)) {
        out.add(new HandleSpec(n, r.format, List.copyOf(r.uses),
            whenHandle.get(n) + " = " + String.join(" or ", when.get(n))));
      }
    });
    out.sort(java.util.Comparator.comparing(HandleSpec::name));
    return out;
  }

  private record Row(String format, TreeSet<String> uses) {}
}
