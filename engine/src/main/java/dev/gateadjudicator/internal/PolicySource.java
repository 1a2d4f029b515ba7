package dev.gateadjudicator.internal;

import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a policy, by path relative to its root ({@code p6/taxonomy.json}, {@code p6/lag.drl}...).
 *
 * @param name the policy's name (its folder name)
 * @param files file contents by relative path, sorted
 */
public record PolicySource(String name, SortedMap<String, byte[]> files) {
  /** The classpath folder holding the bundled policies. */
  public static final String BUNDLED_ROOT = "gate-policies/";

  /** Copies the map. */
  public PolicySource {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /**
   * Reads every regular, non-hidden file below a folder; a folder whose {@code policy.json} extends another
   * policy is resolved against it (see {@link Overlays}).
   *
   * @param root the policy folder
   * @return the source
   * @throws PolicyException when the folder is missing or unreadable
   */
  public static PolicySource fromDirectory(Path root) {
    if (!Files.isDirectory(root)) {
      throw new PolicyException(root.toString(), 0, "policy folder does not exist");
    }
    return fromDirectory(root, new java.util.ArrayList<>());
  }

  private static PolicySource fromDirectory(Path root, java.util.List<Path> chain) {
    Path abs = root.toAbsolutePath().normalize();
    if (chain.contains(abs)) {
      throw new PolicyException(Overlays.DECLARATION, 0, "policy `" + abs.getFileName() + "` extends itself"
          + " through " + chain.stream().map(p -> "`" + p.getFileName() + "`").toList());
    }
    chain.add(abs);
    Path name = abs.getFileName();
    String policyName = name == null ? "policy" : name.toString();
    SortedMap<String, byte[]> own = readTree(root);
    Overlays.Declaration d = Overlays.declaration(own);
    if (d == null) {
      return new PolicySource(policyName, own);
    }
    // a plain name is a sibling folder; a path is relative to this folder
    Path base = d.extendsPolicy().contains("/") ? abs.resolve(d.extendsPolicy()).normalize()
        : abs.resolveSibling(d.extendsPolicy());
    if (!Files.isDirectory(base)) {
      throw new PolicyException(Overlays.DECLARATION, Policy.lineOf(own.get(Overlays.DECLARATION), "extends"),
          "`extends` names `" + d.extendsPolicy() + "`, but `" + base + "` is not a policy folder");
    }
    return Overlays.resolve(policyName, own, d, fromDirectory(base, chain));
  }

  /**
   * Reads a policy bundled in the engine jar (or the build's classes folder), or from the source checkout's
   * {@code rules/} when the launcher names one (see {@link SourceCheckout}); one that extends another bundled
   * policy is resolved against it.
   *
   * @param name the bundled policy name, for example {@code default}
   * @return the source
   * @throws PolicyException when no such policy is bundled
   */
  public static PolicySource bundled(String name) {
    return bundled(name, new java.util.ArrayList<>());
  }

  private static PolicySource bundled(String name, java.util.List<String> chain) {
    if (chain.contains(name)) {
      throw new PolicyException(BUNDLED_ROOT + name + "/" + Overlays.DECLARATION, 0,
          "bundled policy `" + name + "` extends itself through " + chain);
    }
    chain.add(name);
    PolicySource own = bundledFiles(name);
    Overlays.Declaration d = Overlays.declaration(own.files());
    return d == null ? own : Overlays.resolve(name, own.files(), d, bundled(d.extendsPolicy(), chain));
  }

  private static PolicySource bundledFiles(String name) {
    java.util.Optional<Path> checkout = SourceCheckout.rules();
    if (checkout.isPresent() && !name.contains("/") && !name.contains("..")
        && Files.isDirectory(checkout.get().resolve(name))) {
      return new PolicySource(name, readTree(checkout.get().resolve(name)));
    }
    URL url = PolicySource.class.getClassLoader().getResource(BUNDLED_ROOT + name + "/");
    if (url == null || name.contains("/") || name.contains("..")) {
      throw new PolicyException(BUNDLED_ROOT + name, 0, "no bundled policy named `" + name + "`");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          try {
            fs = FileSystems.newFileSystem(uri, Map.of());
          } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
            fs = FileSystems.getFileSystem(uri);
          }
        }
        return new PolicySource(name, readTree(fs.provider().getPath(uri)));
      }
      return new PolicySource(name, readTree(Path.of(uri)));
    } catch (URISyntaxException | IOException e) {
      throw new PolicyException(BUNDLED_ROOT + name, 0, "cannot read bundled policy: " + e.getMessage());
    }
  }

  private static SortedMap<String, byte[]> readTree(Path root) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.isEmpty() || !Files.isRegularFile(p) || isHidden(rel)) {
          continue;
        }
        out.put(rel, Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean isHidden(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
