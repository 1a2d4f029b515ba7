package dev.gateadjudicator.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** How a SARIF result names the fact-set file: as given, {@code /}-separated, so code scanning can link it. */
final class SarifLocation {
  private SarifLocation() {}

  /**
   * The artifact URI of a fact-set path: a relative path stays relative (to the repository root the action runs
   * in), an absolute one becomes a {@code file:} URI.
   *
   * @param factSet the path given on the command line
   * @return the URI text
   */
  static String of(Path factSet) {
    if (factSet.isAbsolute()) {
      return factSet.normalize().toUri().toString();
    }
    try {
      return new URI(null, null, factSet.normalize().toString().replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return factSet.toAbsolutePath().normalize().toUri().toString();
    }
  }
}
