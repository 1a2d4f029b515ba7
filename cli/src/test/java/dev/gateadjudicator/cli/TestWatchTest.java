package dev.gateadjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gate test --watch}: a saved rule file re-runs the fixtures with the edited policy. */
class TestWatchTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  @Test
  void watch_reRunsTheFixturesWithTheEditedPolicyWhenARuleFileChanges() throws Exception {
    Path rules = tmp.resolve("rules");
    copy(ROOT.resolve("rules/default"), rules);
    String fixture = ROOT.resolve("fixtures/p6/m6f_p6b_streaming_active_20260225T163455Z.factset.json").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() ->
          GateCli.run("test", "--rules", rules.toString(), "--watch", "--watch-runs", "1", fixture));
      while (!text(err).contains("watching")) {
        assertThat(watching).as("the watch ended before watching: %s", text(err)).isNotDone();
        Thread.sleep(100);
      }
      assertThat(text(out)).contains("1 passed, 0 failed");
      // the edit breaks the lag rules: the re-run must see it and name the file
      Files.writeString(rules.resolve("p6/lag.drl"), "\nrule \"broken\" when then garbage(\n",
          StandardOpenOption.APPEND);
      int code = watching.get(10, TimeUnit.MINUTES);
      assertThat(code).isEqualTo(ExitCode.POLICY);
      assertThat(text(out)).contains("== policy changed, re-running the fixtures");
      assertThat(text(err)).contains("lag.drl");
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static String text(ByteArrayOutputStream s) {
    synchronized (s) {
      return s.toString(StandardCharsets.UTF_8);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(p -> {
        try {
          Files.copy(p, to.resolve(from.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
