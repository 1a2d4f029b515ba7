package dev.gateadjudicator.publish;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A {@code moto_server} on 127.0.0.1 for the life of a test class: a real S3-compatible server that implements
 * checksums, default bucket encryption and read-back. {@link #start()} returns {@code null} when moto is not
 * installed, so the caller can skip cleanly.
 */
public final class MotoServer implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * Starts moto on a free loopback port and waits until it answers.
   *
   * @return the server, or {@code null} when moto is not installed or does not start
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  public static MotoServer start() throws IOException, InterruptedException {
    String exe = which("moto_server");
    if (exe == null) {
      return null;
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("moto", ".log");
    log.toFile().deleteOnExit();
    Process p = new ProcessBuilder(exe, "-H", "127.0.0.1", "-p", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        return null;
      }
      try {
        HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
        c.setConnectTimeout(500);
        if (c.getResponseCode() > 0) {
          return new MotoServer(p, endpoint);
        }
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    p.destroyForcibly();
    return null;
  }

  /**
   * The server's address.
   *
   * @return for example {@code http://127.0.0.1:41234}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * An S3 client for this server with dummy credentials.
   *
   * @return the client; the caller closes it
   */
  public S3Client client() {
    return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  /** Stops the server. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String which(String name) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", "command -v " + name).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    return p.waitFor() == 0 && !out.isEmpty() ? out : null;
  }
}
