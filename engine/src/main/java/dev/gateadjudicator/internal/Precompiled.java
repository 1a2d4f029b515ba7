package dev.gateadjudicator.internal;

import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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
      String kbase = "gate-" + source.name() + "-" + phase;
      KieBase base = fromModels(cl, kbase);
      if (base == null) {
        base = KieServices.get().getKieClasspathContainer(cl).getKieBase(kbase);
      }
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

  /** The bundle's list of generated model classes. */
  static final String MODELS = MARKER;
  /** The bundle's knowledge-base declarations. */
  static final String KMODULE = "META-INF/kmodule.xml";
  private static final Pattern KBASE = Pattern.compile("<kbase\\s+name=\"([^\"]+)\"\\s+packages=\"([^\"]+)\"");

  /**
   * A knowledge base built straight from the bundle's generated model classes of the packages its
   * {@code kmodule.xml} gives the named knowledge base, without a classpath container (which scans every jar for
   * module descriptors, most of a cold start's share of loading the model). {@code null} when the bundle does not
   * declare it this way, so that the caller asks the container.
   */
  private static KieBase fromModels(ClassLoader cl, String kbase) throws IOException {
    URL models = cl.getResource(MODELS);
    if (models == null) {
      return null;
    }
    Set<String> packages = null;
    for (URL u : java.util.Collections.list(cl.getResources(KMODULE))) {
      try (InputStream in = u.openStream()) {
        Matcher m = KBASE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          if (m.group(1).equals(kbase)) {
            packages = new TreeSet<>(Arrays.asList(m.group(2).split("\\s*,\\s*")));
          }
        }
      }
    }
    if (packages == null) {
      return null;
    }
    List<Model> chosen = new ArrayList<>();
    try (InputStream in = models.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.trim();
        int dot = name.lastIndexOf('.');
        if (name.isEmpty() || name.contains(":") || dot < 0 || !packages.contains(name.substring(0, dot))) {
          continue;
        }
        try {
          chosen.add((Model) cl.loadClass(name).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
          return null;
        }
      }
    }
    return chosen.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(chosen);
  }

  /** The build-time index of the bundled rule files' rule metadata, keyed by each file's SHA-256. */
  static final String RULE_INDEX = "gate-rule-index.json";

  /**
   * The rules a DRL file declares, as the linter reads them: from the build-time index when a file with exactly
   * these bytes was parsed and linted when the jar was built (the bundled policies), else by parsing and linting
   * it now. An edited file, or one of a user's folder, has other bytes and is always parsed.
   *
   * @param rel the policy-relative path
   * @param bytes the file's content
   * @return its rules, with {@code rel} as their file
   * @throws dev.gateadjudicator.result.PolicyException naming file and line when the file does not parse or lint
   */
  static List<dev.gateadjudicator.result.PolicyRule> rules(String rel, byte[] bytes) {
    List<dev.gateadjudicator.result.PolicyRule> known = RuleIndex.BY_DIGEST.get(Digests.sha256(bytes));
    if (known == null) {
      return Policy.parseRules(rel, bytes);
    }
    return known.stream().map(r -> new dev.gateadjudicator.result.PolicyRule(r.name(), r.pkg(), rel, r.line(), r.code(), r.carries(),
        r.group())).toList();
  }

  /** The index, read once; empty when the jar carries none (then every file is parsed). */
  private static final class RuleIndex {
    static final java.util.Map<String, List<dev.gateadjudicator.result.PolicyRule>> BY_DIGEST = load();

    private static java.util.Map<String, List<dev.gateadjudicator.result.PolicyRule>> load() {
      try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(RULE_INDEX)) {
        if (in == null) {
          return java.util.Map.of();
        }
        java.util.Map<String, List<dev.gateadjudicator.result.PolicyRule>> out = Json.MAPPER.readValue(in,
            new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, List<dev.gateadjudicator.result.PolicyRule>>>() {});
        return java.util.Collections.unmodifiableMap(out);
      } catch (IOException | RuntimeException e) {
        return java.util.Map.of();   // an unreadable index only costs parsing
      }
    }
  }

  /**
   * Writes the rule index of every {@code .drl} file below a policy root: run at build time over {@code rules/}.
   * A file that does not parse or lint is left out (it fails when a policy using it is compiled).
   *
   * @param args the policy root and the index file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path root = java.nio.file.Path.of(args[0]);
    java.util.Map<String, List<dev.gateadjudicator.result.PolicyRule>> out = new java.util.TreeMap<>();
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
    }
    for (java.nio.file.Path f : files) {
      byte[] bytes = java.nio.file.Files.readAllBytes(f);
      try {
        out.put(Digests.sha256(bytes), Policy.parseRules(root.relativize(f).toString(), bytes).stream()
            .map(r -> new dev.gateadjudicator.result.PolicyRule(r.name(), r.pkg(), null, r.line(), r.code(), r.carries(), r.group()))
            .toList());
      } catch (dev.gateadjudicator.result.PolicyException e) {
        // not indexed: parsed (and refused) at run time
      }
    }
    java.nio.file.Path target = java.nio.file.Path.of(args[1]);
    java.nio.file.Files.createDirectories(target.getParent());
    java.nio.file.Files.write(target, Json.pretty(out));
  }
}
