package dev.gateadjudicator.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A source checkout whose {@code rules/} folder stands in for the policies packaged in the jar (schemas stay
 * packaged: the launcher rebuilds when {@code schemas/} changes).
 *
 * <p>The {@code ./gate} launcher of a checkout sets the system property {@value #PROPERTY} to the checkout's root,
 * so that the bundled policies and schemas are read from the folders people edit, never from a jar built before
 * the edit: the launcher rebuilds only when Java sources or poms change, and a policy edit takes effect at once.
 * Without the property (an embedding application, the distribution archive) the packaged copies are used.
 */
public final class SourceCheckout {
  /** The system property naming the checkout's root folder. */
  public static final String PROPERTY = "gate.source.root";

  private SourceCheckout() {}

  /**
   * The checkout's folder of bundled policies, when the property names a folder that has one.
   *
   * @return {@code <root>/rules}, or empty
   */
  public static Optional<Path> rules() {
    return folder("rules");
  }

  /**
   * The checkout's folder of schemas, when the property names a folder that has one.
   *
   * @return {@code <root>/schemas}, or empty
   */
  public static Optional<Path> schemas() {
    return folder("schemas");
  }

  private static Optional<Path> folder(String name) {
    String root = System.getProperty(PROPERTY);
    if (root == null || root.isBlank()) {
      return Optional.empty();
    }
    Path p = Path.of(root).resolve(name).toAbsolutePath().normalize();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
