package dev.gateadjudicator.internal;

import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes, at build time, what the policy bundle's executable model is generated from, derived from {@code rules/}:
 * one knowledge base per distinct set of phase DRL files of the bundled policies. A policy's phase whose files are
 * those of the folder the bundle links as {@code gate/} (the default policy) uses them as they are; any other
 * (an overlay resolved against its base, see {@link Overlays}) gets a copy of its resolved files in a package of its
 * own ({@code gate.p6} becomes {@code gate_legacy_p6.p6}), since one generated model holds one version of a package.
 * A phase with the same files as one already listed (an overlay's untouched phase) reuses that knowledge base. It
 * writes the copies, {@code META-INF/kmodule.xml} and the index {@link Precompiled} keys the knowledge bases by
 * ({@value Precompiled#INDEX}: the SHA-256 of each source file).
 */
final class BundleSources {
  /** The folder of the bundle's resources that links to the default policy. */
  static final String LINKED = "gate";
  /** The prefix of the package (and folder) of a policy's own copies. */
  static final String OWN_PREFIX = "gate_";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^(\\s*package\\s+)([A-Za-z0-9_.]+)");

  private BundleSources() {}

  /**
   * Writes the bundle's generated sources.
   *
   * @param args the bundled policies' folder ({@code rules/}) and the bundle's resource folder
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path rules = Path.of(args[0]);
    Path out = Path.of(args[1]);
    SortedMap<String, byte[]> files = new TreeMap<>();   // resource path -> content
    Map<String, Precompiled.Entry> index = new TreeMap<>();
    List<Path> policies;
    try (Stream<Path> list = Files.list(rules)) {
      policies = list.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted()
          .toList();
    }
    // the phases whose files the linked folder holds first, so that a policy sharing them reuses their knowledge base
    for (boolean linkedPass : new boolean[] {true, false}) {
      for (Path dir : policies) {
        String name = dir.getFileName().toString();
        Policy policy = Policy.compile(PolicySource.fromDirectory(dir), false);
        for (String phase : new TreeSet<>(policy.phases().keySet())) {
          Map<String, byte[]> drl = policy.phaseDrl(phase);
          SortedMap<String, String> sources = new TreeMap<>();
          drl.forEach((rel, bytes) -> sources.put(rel, Digests.sha256(bytes)));
          boolean linked = drl.entrySet().stream().allMatch(e -> sameFile(out.resolve(LINKED).resolve(e.getKey()),
              e.getValue()));
          if (linked != linkedPass || index.values().stream().anyMatch(e -> e.sources().equals(sources))) {
            continue;
          }
          TreeSet<String> packages = new TreeSet<>();
          for (var e : drl.entrySet()) {
            String pkg = Policy.parseDrl(e.getKey(), e.getValue()).getName();
            if (linked) {
              packages.add(pkg);
              continue;
            }
            String own = OWN_PREFIX + name.replaceAll("[^A-Za-z0-9_]", "_") + pkg.substring(pkg.indexOf('.') < 0
                ? pkg.length() : pkg.indexOf('.'));
            byte[] copy = renamed(e.getKey(), e.getValue(), pkg, own);
            String path = own.replace('.', '/') + "/" + Path.of(e.getKey()).getFileName();
            byte[] before = files.put(path, copy);
            if (before != null && !Arrays.equals(before, copy)) {
              throw new IllegalStateException("policy `" + name + "`: two files map to `" + path + "`");
            }
            packages.add(own);
          }
          index.put("gate-" + name + "-" + phase, new Precompiled.Entry(packages, sources));
        }
      }
    }
    StringBuilder kmodule = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated at build time from rules/ (see BundleSources): one knowledge base per distinct set of phase DRL files of the bundled policies, named gate-<policy>-<phase>. -->
        <kmodule xmlns="http://www.drools.org/xsd/kmodule">
        """);
    index.forEach((kbase, e) -> kmodule.append("  <kbase name=\"").append(kbase).append("\" packages=\"")
        .append(String.join(",", e.packages())).append("\"/>\n"));
    kmodule.append("</kmodule>\n");
    files.put("META-INF/kmodule.xml", kmodule.toString().getBytes(StandardCharsets.UTF_8));
    files.put(Precompiled.INDEX, Json.pretty(index));
    // remove copies a policy no longer has, and write only what changed (a rewritten file would look like an edit)
    try (Stream<Path> list = Files.list(out)) {
      for (Path d : list.filter(p -> p.getFileName().toString().startsWith(OWN_PREFIX)).toList()) {
        try (Stream<Path> walk = Files.walk(d)) {
          for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            String rel = out.relativize(f).toString().replace('\\', '/');
            if (Files.isDirectory(f) ? files.keySet().stream().noneMatch(k -> k.startsWith(rel + "/"))
                : !files.containsKey(rel)) {
              Files.delete(f);
            }
          }
        }
      }
    }
    for (var e : files.entrySet()) {
      Path target = out.resolve(e.getKey());
      if (!sameFile(target, e.getValue())) {
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
    }
  }

  /** A DRL file with its package declaration renamed; fails when it names its package anywhere else. */
  static byte[] renamed(String rel, byte[] bytes, String pkg, String own) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher m = PACKAGE.matcher(text);
    if (!m.find() || !m.group(2).equals(pkg)) {
      throw new IllegalStateException("`" + rel + "`: no `package " + pkg + "` declaration to rename");
    }
    String copy = text.substring(0, m.start(2)) + own + text.substring(m.end(2));
    if (Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(pkg) + "(?![A-Za-z0-9_])").matcher(copy).find()) {
      throw new IllegalStateException("`" + rel + "` names its package `" + pkg + "` beyond its declaration: a copy"
          + " in a package of its own would not be the same policy");
    }
    if (!Policy.parseDrl(rel, copy.getBytes(StandardCharsets.UTF_8)).getName().equals(own)) {
      throw new IllegalStateException("`" + rel + "`: renaming its package to `" + own + "` failed");
    }
    return copy.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean sameFile(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }
}
