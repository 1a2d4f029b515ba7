package dev.gateadjudicator.collect.testing;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One {@link Moto} for a test class, as a JUnit 5 extension: started before the class (the test class is skipped
 * when {@code moto_server} is neither on the PATH nor given as {@code -Dmoto.endpoint}), the named buckets created,
 * stopped after it. Register it on a static field:
 *
 * <pre>{@code @RegisterExtension static final MotoExtension MOTO = MotoExtension.withBuckets("fraud-evidence");}</pre>
 */
public final class MotoExtension implements BeforeAllCallback, AfterAllCallback {
  private final List<String> buckets;
  private Moto moto;
  private S3Client s3;

  private MotoExtension(List<String> buckets) {
    this.buckets = buckets;
  }

  /**
   * moto for the class, with buckets created before the first test.
   *
   * @param buckets bucket names
   * @return the extension
   */
  public static MotoExtension withBuckets(String... buckets) {
    return new MotoExtension(List.of(buckets));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Assumptions.assumeTrue(Moto.available(), "moto_server on PATH (or -Dmoto.endpoint)");
    moto = Moto.start();
    s3 = S3Client.builder().endpointOverride(moto.endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    buckets.forEach(this::bucket);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (s3 != null) {
      s3.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  /**
   * Creates a bucket.
   *
   * @param name its name
   * @return the name
   */
  public String bucket(String name) {
    s3.createBucket(b -> b.bucket(name));
    return name;
  }

  /**
   * Where moto answers.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return moto.endpoint();
  }

  /**
   * An S3 client for moto (path style, dummy credentials), closed after the class.
   *
   * @return the client
   */
  public S3Client s3() {
    return s3;
  }
}
