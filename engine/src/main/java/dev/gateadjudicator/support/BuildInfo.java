package dev.gateadjudicator.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's identity, as Maven recorded it: what {@code gate --version} and the SARIF tool entry name. */
public final class BuildInfo {
  private static final String VERSION = load();

  private BuildInfo() {}

  /**
   * The version of this build, for example {@code 0.1.0-SNAPSHOT} (never shortened to look released).
   *
   * @return the version
   */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
