package dev.gateadjudicator.internal;

import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The executable-model build of the bundled policies, when the {@code gate-adjudicator-policy-bundle} jar is on the
 * classpath: a phase's rules load from classes generated at build time instead of being compiled from DRL, which is
 * most of what a cold CLI start (and a replay of fixtures naming several policies) pays. The bundle holds one
 * knowledge base per distinct set of phase DRL files of the bundled policies (the default policy's, and each
 * overlay's resolved against its base; see {@link BundleSources}), and an index of the SHA-256 of every DRL file
 * each was generated from. A knowledge base stands in only when it provably is the same policy: the phase's DRL
 * files are exactly those the index lists for it, byte for byte (by digest), and the loaded knowledge base holds
 * exactly the rules the sources declare. Otherwise the caller compiles the DRL.
 */
final class Precompiled {
  /** Present in the bundle jar when its executable model was generated. */
  static final String MARKER = "META-INF/kie/dev.gateadjudicator/gate-adjudicator-policy-bundle/drools-model";
  /** The bundle's index of its knowledge bases: the packages each loads and the sources it was generated from. */
  static final String INDEX = "gate-precompiled.json";

  private Precompiled() {}

  /**
   * One knowledge base of the bundle.
   *
   * @param packages the DRL packages of its generated model
   * @param sources the SHA-256 of each DRL file it was generated from, by policy-relative path
   */
  record Entry(java.util.SortedSet<String> packages, java.util.SortedMap<String, String> sources) {}

  /**
   * The precompiled knowledge base of one phase of a bundled policy, if the bundle is present and holds one generated
   * from exactly these DRL files.
   *
   * @param drl the phase's DRL files (its folder's and the shared ones) by policy-relative path
   * @param ruleNames the names of the rules the phase's DRL sources declare
   * @return the knowledge base, or {@code null} to compile from DRL
   */
  static KieBase kieBase(java.util.Map<String, byte[]> drl, Set<String> ruleNames) {
    ClassLoader cl = Precompiled.class.getClassLoader();
    if (cl.getResource(MARKER) == null) {
      return null;
    }
    try {
      java.util.SortedMap<String, String> digests = new java.util.TreeMap<>();
      drl.forEach((rel, bytes) -> digests.put(rel, Digests.sha256(bytes)));
      String kbase = null;
      for (var e : Index.ENTRIES.entrySet()) {
        if (e.getValue().sources().equals(digests)) {
          kbase = e.getKey();
          break;
        }
      }
      if (kbase == null) {
        return null;
      }
      KieBase base = fromModels(cl, Index.ENTRIES.get(kbase).packages());
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

  /** The bundle's index, read once; empty when there is none (then every phase compiles from DRL). */
  private static final class Index {
    static final java.util.Map<String, Entry> ENTRIES = load();

    private static java.util.Map<String, Entry> load() {
      try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(INDEX)) {
        if (in == null) {
          return java.util.Map.of();
        }
        return java.util.Collections.unmodifiableMap(Json.MAPPER.readValue(in,
            new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, Entry>>() {}));
      } catch (IOException | RuntimeException e) {
        return java.util.Map.of();   // an unreadable index only costs compiling
      }
    }
  }

  /** The bundle's list of generated model classes. */
  static final String MODELS = MARKER;

  /**
   * A knowledge base built straight from the bundle's generated model classes of the given packages, without a
   * classpath container (which scans every jar for module descriptors, most of a cold start's share of loading the
   * model). {@code null} when the bundle lists none of them, so that the caller asks the container.
   */
  private static KieBase fromModels(ClassLoader cl, Set<String> packages) throws IOException {
    URL models = cl.getResource(MODELS);
    if (models == null) {
      return null;
    }
    List<Model> chosen = new ArrayList<>();
    Set<String> found = new TreeSet<>();
    try (InputStream in = models.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.trim();
        int dot = name.lastIndexOf('.');
        if (name.isEmpty() || name.contains(":") || dot < 0 || !packages.contains(name.substring(0, dot))) {
          continue;
        }
        try {
          chosen.add((Model) cl.loadClass(name).getDeclaredConstructor().newInstance());
          found.add(name.substring(0, dot));
        } catch (ReflectiveOperationException | ClassCastException e) {
          return null;
        }
      }
    }
    return found.equals(packages) ? KieBaseBuilder.createKieBaseFromModel(chosen) : null;
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

  /**
   * The names of the rules a DRL file declares, when the build-time index holds a file with exactly these bytes.
   *
   * @param bytes the file's content
   * @return the names, or {@code null} when the file must be parsed to know
   */
  static List<String> indexedRuleNames(byte[] bytes) {
    List<dev.gateadjudicator.result.PolicyRule> known = RuleIndex.BY_DIGEST.get(Digests.sha256(bytes));
    return known == null ? null : known.stream().map(dev.gateadjudicator.result.PolicyRule::name).toList();
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
   * Writes the rule index of every {@code .drl} file below a policy root, and of each file of every overlay folder
   * in it resolved against its base: run at build time over {@code rules/}.
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
    java.util.Map<String, byte[]> drl = new java.util.TreeMap<>();
    for (java.nio.file.Path f : files) {
      drl.put(root.relativize(f).toString(), java.nio.file.Files.readAllBytes(f));
    }
    // and the files of each bundled overlay resolved against its base (base files with replaced rules blanked)
    try (var dirs = java.nio.file.Files.list(root)) {
      for (java.nio.file.Path dir : dirs.filter(d -> java.nio.file.Files.isRegularFile(d.resolve(Overlays.DECLARATION)))
          .sorted().toList()) {
        try {
          PolicySource.fromDirectory(dir).files().forEach((rel, bytes) -> {
            if (rel.endsWith(".drl")) {
              drl.putIfAbsent(root.relativize(dir) + "/" + rel, bytes);
            }
          });
        } catch (dev.gateadjudicator.result.PolicyException e) {
          // a broken overlay is refused at run time
        }
      }
    }
    for (var f : drl.entrySet()) {
      byte[] bytes = f.getValue();
      try {
        out.put(Digests.sha256(bytes), Policy.parseRules(f.getKey(), bytes).stream()
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
