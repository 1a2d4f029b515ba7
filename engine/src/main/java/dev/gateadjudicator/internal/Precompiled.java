package dev.gateadjudicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The executable-model build of the bundled default policy, when the {@code gate-adjudicator-policy-bundle} jar is
 * on the classpath: a phase's rules load from classes generated at build time instead of being compiled from DRL,
 * which is most of what a cold CLI start pays. It stands in only when it provably is the same policy: every DRL file
 * of the phase in the bundle is byte-identical to the bundled source, and the loaded knowledge base holds exactly the
 * rules the sources declare. Otherwise the caller compiles the DRL.
 */
final class Precompiled {
  /** Present in the bundle jar when its executable model was generated. */
  static final String MARKER = "META-INF/kie/dev.gateadjudicator/gate-adjudicator-policy-bundle/drools-model";
  /** Where the bundle keeps the DRL its model was generated from. */
  static final String SOURCES = "gate/";

  private Precompiled() {}

  /**
   * The precompiled knowledge base of one phase of a bundled policy, if the bundle is present and matches.
   *
   * @param source the bundled policy's files
   * @param phase the phase id
   * @param drl the phase's DRL files (its folder's and the shared ones) by policy-relative path
   * @param ruleNames the names of the rules the phase's DRL sources declare
   * @return the knowledge base, or {@code null} to compile from DRL
   */
  static KieBase kieBase(PolicySource source, String phase, java.util.Map<String, byte[]> drl, Set<String> ruleNames) {
    ClassLoader cl = Precompiled.class.getClassLoader();
    if (cl.getResource(MARKER) == null) {
      return null;
    }
    try {
      for (var e : drl.entrySet()) {
        URL url = cl.getResource(SOURCES + e.getKey());
        if (url == null) {
          return null;
        }
        try (InputStream in = url.openStream()) {
          if (!Arrays.equals(in.readAllBytes(), e.getValue())) {
            return null;
          }
        }
      }
      KieBase base = KieServices.get().getKieClasspathContainer(cl).getKieBase("gate-" + source.name() + "-" + phase);
      Set<String> loaded = new TreeSet<>();
      for (KiePackage p : base.getKiePackages()) {
        for (Rule r : p.getRules()) {
          loaded.add(r.getName());
        }
      }
      return loaded.equals(new TreeSet<>(ruleNames)) ? base : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
