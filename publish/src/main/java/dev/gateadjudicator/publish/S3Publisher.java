package dev.gateadjudicator.publish;

import dev.gateadjudicator.support.Canonical;
import dev.gateadjudicator.output.Manifest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;

/**
 * Publishes an artifact set to S3 and proves it reads back byte for byte.
 *
 * <ol>
 *   <li>deletes the execution's old {@code publish_receipt.json}, so a stale receipt never vouches for a new set;
 *   <li>uploads every artifact, then {@code manifest.json}, each with its SHA-256 checksum (S3 rejects a body that
 *       does not match it) and the server-side encryption the bucket's default encryption names
 *       ({@code AES256} when it names none);
 *   <li>reads every object back and compares its SHA-256 with the manifest; an object that failed to upload or
 *       read back different is uploaded again and the whole set re-read, up to {@code maxAttempts} rounds;
 *   <li>writes {@code publish_receipt.json} with {@code durable_readback_ok}, the field the {@code lane_result}
 *       collector of the gate lanes reads, and reads that back too.
 * </ol>
 *
 * <p>Never throws for an S3 failure: every failure is in the {@link PublishResult}, so the caller records the
 * lane's durable-publish blocker. Error texts are checked for credentials before they are kept.
 */
public final class S3Publisher implements AutoCloseable {
  /** The receipt's file name inside a published set. */
  public static final String RECEIPT = "publish_receipt.json";
  /** The fact set's file name in a published set, listed in its manifest like every artifact. */
  public static final String FACT_SET = "factset.json";
  private static final Logger LOG = LoggerFactory.getLogger(S3Publisher.class);

  private final S3Client s3;
  private final boolean ownsClient;
  private final int maxAttempts;
  private final Duration backoff;
  private final AfterUpload afterUpload;

  /**
   * A hook called after each upload and before the read-back, where a test alters the object as a faulty store
   * or a concurrent writer would.
   */
  @FunctionalInterface
  public interface AfterUpload {
    /** No hook. */
    AfterUpload NONE = (key, attempt) -> { };

    /**
     * Called after an object was uploaded.
     *
     * @param key the object key
     * @param attempt the attempt, from 1
     */
    void uploaded(String key, int attempt);
  }

  private S3Publisher(S3Client s3, boolean ownsClient, int maxAttempts, Duration backoff, AfterUpload afterUpload) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("`max_attempts` must be at least 1");
    }
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.ownsClient = ownsClient;
    this.maxAttempts = maxAttempts;
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.afterUpload = Objects.requireNonNull(afterUpload, "afterUpload");
  }

  /**
   * A publisher on a client the caller owns and closes.
   *
   * @param s3 the client
   * @param maxAttempts upload/read-back rounds, at least 1
   * @param backoff pause between rounds
   * @param afterUpload hook after each upload ({@link AfterUpload#NONE} outside tests)
   * @return the publisher
   */
  public static S3Publisher on(S3Client s3, int maxAttempts, Duration backoff, AfterUpload afterUpload) {
    return new S3Publisher(s3, false, maxAttempts, backoff, afterUpload);
  }

  /**
   * A publisher with the default AWS credential and region chains (region {@code us-east-1} when none is set,
   * with cross-region access), three rounds and a one-second backoff.
   *
   * @param endpoint an S3-compatible endpoint (path-style), or {@code null} for AWS
   * @return the publisher, which closes its client
   */
  public static S3Publisher fromEnvironment(URI endpoint) {
    return fromEnvironment(endpoint, DefaultCredentialsProvider.builder().build());
  }

  /**
   * A publisher as {@link #fromEnvironment(URI)} whose every S3 call, retries included, ends within a timeout.
   *
   * @param endpoint an S3-compatible endpoint (path-style), or {@code null} for AWS
   * @param callTimeout the longest one call may take
   * @return the publisher, which closes its client
   */
  public static S3Publisher fromEnvironment(URI endpoint, Duration callTimeout) {
    return build(endpoint, DefaultCredentialsProvider.builder().build(), callTimeout);
  }

  /**
   * A publisher with the given credentials, otherwise as {@link #fromEnvironment(URI)}.
   *
   * @param endpoint an S3-compatible endpoint (path-style), or {@code null} for AWS
   * @param credentials where credentials come from
   * @return the publisher, which closes its client
   */
  public static S3Publisher fromEnvironment(URI endpoint, AwsCredentialsProvider credentials) {
    return build(endpoint, credentials, null);
  }

  private static S3Publisher build(URI endpoint, AwsCredentialsProvider credentials, Duration callTimeout) {
    Region region;
    try {
      region = DefaultAwsRegionProviderChain.builder().build().getRegion();
    } catch (SdkException e) {
      region = Region.US_EAST_1;
    }
    var b = S3Client.builder().region(region).credentialsProvider(credentials).crossRegionAccessEnabled(true);
    if (callTimeout != null) {
      b.overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
    }
    if (endpoint != null) {
      b.endpointOverride(endpoint).forcePathStyle(true);
    }
    return new S3Publisher(b.build(), true, 3, Duration.ofSeconds(1), AfterUpload.NONE);
  }

  /**
   * Publishes a set under {@code <prefix>/<execution_id>/} and reads it back.
   *
   * @param location bucket and prefix
   * @param manifest the set's manifest
   * @param files file name to bytes: every artifact the manifest lists (the manifest itself is rendered here)
   * @return the outcome; never throws for an S3 failure
   * @throws IllegalArgumentException when {@code files} does not hold exactly the manifest's artifacts
   */
  public PublishResult publish(S3Location location, Manifest manifest, Map<String, byte[]> files) {
    Map<String, byte[]> set = new LinkedHashMap<>();
    for (Manifest.Entry e : manifest.artifacts()) {
      byte[] bytes = files.get(e.file());
      if (bytes == null || !e.matches(bytes)) {
        throw new IllegalArgumentException("artifact `" + e.file() + "` is missing or differs from the manifest");
      }
      set.put(e.file(), bytes);
    }
    if (files.size() != set.size()) {
      throw new IllegalArgumentException("files the manifest does not list: "
          + files.keySet().stream().filter(f -> !set.containsKey(f)).sorted().toList());
    }
    set.put(Manifest.FILE, manifest.toJson());

    String folder = location.folder(manifest.executionId());
    String uri = location.uri(manifest.executionId());
    Sse encryption = encryption(location.bucket());
    String sse = encryption.algorithm();
    String kmsKey = encryption.kmsKeyId();

    Map<String, Attempt> state = new TreeMap<>();
    set.forEach((file, bytes) -> state.put(file, new Attempt(file, folder + file, bytes)));
    String receiptKey = folder + RECEIPT;
    String deleteError = call(() -> s3.deleteObject(r -> r.bucket(location.bucket()).key(receiptKey)));
    if (deleteError != null) {
      List<ObjectResult> results = new ArrayList<>();
      String why = "not uploaded: deleting the old receipt failed: " + deleteError;
      state.values().forEach(a -> results.add(new ObjectResult(a.file, a.key, Canonical.sha256(a.bytes), null, 0, why)));
      results.add(new ObjectResult(RECEIPT, receiptKey, "", null, 0, why));
      return new PublishResult(uri, sse, results, false);
    }

    for (int round = 1; round <= maxAttempts; round++) {
      for (Attempt a : state.values()) {
        if (!a.clean) {
          a.attempts++;
          a.error = upload(location.bucket(), a.key, a.bytes, sse, kmsKey);
          if (a.error == null) {
            afterUpload.uploaded(a.key, a.attempts);
          }
        }
      }
      boolean allClean = true;
      for (Attempt a : state.values()) {
        if (a.error != null && !a.clean) {
          allClean = false;
          continue;
        }
        readBack(location.bucket(), a);
        allClean &= a.clean;
      }
      if (allClean) {
        break;
      }
      if (round < maxAttempts) {
        LOG.warn("publish to {}: {} object(s) did not read back clean, retrying (round {} of {})", uri,
            state.values().stream().filter(a -> !a.clean).count(), round + 1, maxAttempts);
        pause();
      }
    }
    List<ObjectResult> results = new ArrayList<>();
    state.values().forEach(a -> results.add(a.result()));
    boolean durable = results.stream().allMatch(ObjectResult::ok);

    Attempt receipt = new Attempt(RECEIPT, receiptKey, receipt(manifest, uri, durable, results));
    for (int round = 1; round <= maxAttempts && !receipt.clean; round++) {
      if (round > 1) {
        pause();
      }
      receipt.attempts++;
      receipt.error = upload(location.bucket(), receipt.key, receipt.bytes, sse, kmsKey);
      if (receipt.error == null) {
        readBack(location.bucket(), receipt);
      }
    }
    results.add(receipt.result());
    return new PublishResult(uri, sse, results, durable && receipt.clean);
  }

  /** The server-side encryption to request, and the KMS key for {@code aws:kms}. */
  private record Sse(String algorithm, String kmsKeyId) {}

  /** The encryption to request: the bucket's default, {@code AES256} when it has none or cannot be read. */
  private Sse encryption(String bucket) {
    try {
      GetBucketEncryptionResponse r = s3.getBucketEncryption(b -> b.bucket(bucket));
      if (r.serverSideEncryptionConfiguration() != null
          && !r.serverSideEncryptionConfiguration().rules().isEmpty()) {
        ServerSideEncryptionByDefault d =
            r.serverSideEncryptionConfiguration().rules().get(0).applyServerSideEncryptionByDefault();
        if (d != null && d.sseAlgorithmAsString() != null) {
          String algorithm = d.sseAlgorithmAsString();
          return new Sse(algorithm, algorithm.startsWith("aws:kms") ? d.kmsMasterKeyID() : null);
        }
      }
    } catch (SdkException e) {
      LOG.info("bucket `{}` default encryption unreadable ({}), requesting AES256", bucket, safe(e));
    }
    return new Sse(ServerSideEncryption.AES256.toString(), null);
  }

  private String upload(String bucket, String key, byte[] bytes, String sse, String kmsKey) {
    byte[] digest = Canonical.newSha256().digest(bytes);
    PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(key)
        .contentType(key.endsWith(".json") ? "application/json" : "application/octet-stream")
        .checksumAlgorithm(ChecksumAlgorithm.SHA256)
        .checksumSHA256(Base64.getEncoder().encodeToString(digest))
        .serverSideEncryption(sse);
    if (kmsKey != null) {
      put.ssekmsKeyId(kmsKey);
    }
    String error = call(() -> s3.putObject(put.build(), RequestBody.fromBytes(bytes)));
    return error == null ? null : "upload failed: " + error;
  }

  private void readBack(String bucket, Attempt a) {
    try {
      byte[] got = s3.getObjectAsBytes(r -> r.bucket(bucket).key(a.key).checksumMode(ChecksumMode.ENABLED))
          .asByteArray();
      a.readBack = Canonical.sha256(got);
      String expected = Canonical.sha256(a.bytes);
      a.clean = expected.equals(a.readBack) && got.length == a.bytes.length;
      a.error = a.clean ? null : "read back with sha256 " + a.readBack + " (" + got.length
          + " bytes), manifest says " + expected + " (" + a.bytes.length + " bytes)";
    } catch (SdkException e) {
      a.readBack = null;
      a.clean = false;
      a.error = "read-back failed: " + safe(e);
    }
  }

  private static byte[] receipt(Manifest manifest, String uri, boolean durable, List<ObjectResult> results) {
    Map<String, Object> r = new TreeMap<>();
    r.put("receipt_version", 1);
    r.put("uri", uri);
    r.put("phase", manifest.phase());
    r.put("lane", manifest.lane());
    r.put("execution_id", manifest.executionId());
    r.put("manifest_sha256", Canonical.sha256(manifest.toJson()));
    r.put("durable_readback_ok", durable);
    r.put("objects", results);
    return Canonical.prettyJson(r);
  }

  private String call(Runnable r) {
    try {
      r.run();
      return null;
    } catch (SdkException e) {
      return safe(e);
    }
  }

  /** An error's text for results and logs: the S3 error code and status, never a credential. */
  private static String safe(SdkException e) {
    String text;
    if (e instanceof S3Exception s && s.awsErrorDetails() != null) {
      text = s.awsErrorDetails().errorCode() + " (http " + s.statusCode() + ")";
    } else {
      text = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return Canonical.looksLikeCredential(text) ? e.getClass().getSimpleName() + " (message withheld)" : text;
  }

  private void pause() {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (ownsClient) {
      s3.close();
    }
  }

  /** Mutable per-object state of one publish. */
  private static final class Attempt {
    final String file;
    final String key;
    final byte[] bytes;
    int attempts;
    boolean clean;
    String readBack;
    String error;

    Attempt(String file, String key, byte[] bytes) {
      this.file = file;
      this.key = key;
      this.bytes = bytes;
    }

    ObjectResult result() {
      return new ObjectResult(file, key, Canonical.sha256(bytes), readBack, attempts, clean ? null : error);
    }
  }
}
