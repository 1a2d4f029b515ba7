package dev.gateadjudicator.collect.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/**
 * moto_server for the opt-in moto suites: the one at {@code -Dmoto.endpoint=URL} when given, otherwise one this
 * class starts on a free 127.0.0.1 port and stops on {@link #close()}. Either way it waits until moto answers.
 */
public final class Moto implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private Moto(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * Whether a moto_server can be had: one is given with {@code -Dmoto.endpoint}, or {@code moto_server} is on the
   * PATH.
   *
   * @return whether {@link #start()} can succeed
   */
  public static boolean available() {
    if (!System.getProperty("moto.endpoint", "").isBlank()) {
      return true;
    }
    return java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(d, "moto_server")));
  }

  /**
   * The configured moto_server, or a new one on loopback.
   *
   * @return the running server
   * @throws Exception when it cannot be started or does not answer within 30 s
   */
  public static Moto start() throws Exception {
    String given = System.getProperty("moto.endpoint", "");
    Moto moto;
    if (given.isBlank()) {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Process p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      moto = new Moto(p, URI.create("http://127.0.0.1:" + port));
    } else {
      moto = new Moto(null, URI.create(given));
    }
    moto.awaitUp();
    return moto;
  }

  private void awaitUp() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      try {
        HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
        c.setConnectTimeout(500);
        if (c.getResponseCode() > 0) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    close();
    throw new IllegalStateException("moto_server did not answer at " + endpoint);
  }

  /**
   * Where moto answers.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
