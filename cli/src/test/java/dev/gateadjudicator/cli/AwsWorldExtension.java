package dev.gateadjudicator.cli;

import dev.gateadjudicator.collect.testing.AwsWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WireMock {@link AwsWorld} for a CLI test class, as a JUnit 5 extension: started before the class, reset to the
 * healthy world before each test, stopped after the class; with the arguments every collecting command against it
 * needs. Register it on a static field: {@code @RegisterExtension static final AwsWorldExtension WORLD = ...}.
 */
final class AwsWorldExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private AwsWorld world;

  @Override
  public void beforeAll(ExtensionContext context) {
    world = new AwsWorld();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    world.healthy();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (world != null) {
      world.close();
    }
  }

  /**
   * The world.
   *
   * @return it
   */
  AwsWorld world() {
    return world;
  }

  /**
   * A command line against this world: the given head, then the world's registry (written to {@code dir} as it is
   * pinned now), run, capture time, region, endpoints and a generous call timeout.
   *
   * @param dir where the registry file goes
   * @param head the command and its own options, e.g. {@code run --phase P6 --lane M6.F}
   * @return the arguments, to extend
   * @throws IOException when the registry cannot be written
   */
  List<String> args(Path dir, String... head) throws IOException {
    Path reg = dir.resolve("handles.json");
    Files.writeString(reg, world.registryJson());
    List<String> a = new ArrayList<>(List.of(head));
    a.addAll(List.of("--registry", reg.toString(), "--platform-run-id", AwsWorld.RUN,
        "--captured-at", AwsWorld.CAPTURED_AT.toString(), "--region", "eu-west-2",
        "--endpoint-url", world.endpoint().toString(), "--kubernetes-url", world.endpoint().toString(),
        "--call-timeout", "10"));
    return a;
  }
}
