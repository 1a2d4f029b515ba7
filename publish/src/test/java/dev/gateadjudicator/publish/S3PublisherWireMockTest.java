package dev.gateadjudicator.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gateadjudicator.support.Canonical;
import dev.gateadjudicator.output.Manifest;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Publishes to WireMock serving S3-shaped answers: runs wherever Maven does. */
class S3PublisherWireMockTest {
  private static final String BUCKET = "evidence";
  private static final String FOLDER = "run_control/" + PublishFixtures.EXECUTION + "/";
  private WireMockServer wm;
  private S3Client s3;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    s3 = S3Client.builder().endpointOverride(URI.create(wm.baseUrl())).forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    S3Stub.bucket(wm, BUCKET);
    S3Stub.otherwiseNoSuchKey(wm);
  }

  @AfterEach
  void stop() {
    s3.close();
    wm.stop();
  }

  @Test
  void objectThatReadsBackDifferent_isRetriedThenNamed() {
    Map<String, byte[]> store = new HashMap<>();
    PublishFixtures.files().forEach((f, b) -> store.put(FOLDER + f, b));
    store.put(FOLDER + Manifest.FILE, PublishFixtures.MANIFEST.toJson());
    store.put(FOLDER + "m6f_blocker_register.json", "{\"altered\":true}\n".getBytes());
    S3Stub.objects(wm, BUCKET, store);

    PublishResult r = S3Publisher.on(s3, 3, Duration.ofMillis(1), S3Publisher.AfterUpload.NONE)
        .publish(S3Location.parse("s3://" + BUCKET + "/run_control"), PublishFixtures.MANIFEST,
            PublishFixtures.files());

    assertThat(r.durableReadbackOk()).isFalse();
    assertThat(r.failures()).anySatisfy(f -> assertThat(f)
        .startsWith("object `" + FOLDER + "m6f_blocker_register.json` read back with sha256 "
            + Canonical.sha256("{\"altered\":true}\n".getBytes())));
    wm.verify(3, putRequestedFor(urlPathEqualTo("/" + BUCKET + "/" + FOLDER + "m6f_blocker_register.json")));
    wm.verify(1, putRequestedFor(urlPathEqualTo("/" + BUCKET + "/" + FOLDER + "m6f_streaming_lag_posture.json")));
  }

  @Test
  void everyUpload_carriesItsSha256ChecksumAndEncryption() {
    S3Publisher.on(s3, 1, Duration.ZERO, S3Publisher.AfterUpload.NONE)
        .publish(S3Location.parse("s3://" + BUCKET + "/run_control/"), PublishFixtures.MANIFEST,
            PublishFixtures.files());
    for (Manifest.Entry e : PublishFixtures.MANIFEST.artifacts()) {
      String b64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e.sha256()));
      wm.verify(putRequestedFor(urlPathEqualTo("/" + BUCKET + "/" + FOLDER + e.file()))
          .withHeader("x-amz-checksum-sha256", equalTo(b64))
          .withHeader("x-amz-server-side-encryption", equalTo("AES256")));
    }
  }

  @Test
  void refusedUploads_areFailuresWithTheS3ErrorCode() {
    S3Stub.refuseUploads(wm, BUCKET);
    PublishResult r = S3Publisher.on(s3, 2, Duration.ZERO, S3Publisher.AfterUpload.NONE)
        .publish(S3Location.parse("s3://" + BUCKET + "/run_control/"), PublishFixtures.MANIFEST,
            PublishFixtures.files());
    assertThat(r.durableReadbackOk()).isFalse();
    assertThat(r.failures()).hasSize(PublishFixtures.MANIFEST.artifacts().size() + 2)
        .allSatisfy(f -> assertThat(f).contains("upload failed: AccessDenied (http 403)"));
  }
}
