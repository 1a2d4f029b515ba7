package dev.gateadjudicator.cli;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.support.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code gate --version}: the build's version as Maven recorded it, and the digest of the bundled default policy. */
final class GateVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
        "gate-adjudicator " + BuildInfo.version(),
        "default policy sha256:" + GateEngine.withDefaultPolicy().policy().digest(),
        "java " + System.getProperty("java.version")};
  }
}
