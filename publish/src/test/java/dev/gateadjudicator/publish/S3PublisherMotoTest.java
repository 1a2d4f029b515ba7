package dev.gateadjudicator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.output.Manifest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/** Publishes to a real S3-compatible server (moto on loopback); skipped when moto is not installed. */
class S3PublisherMotoTest {
  private static MotoServer moto;
  private static S3Client s3;
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private String bucket;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoServer.start();
    if (moto != null) {
      s3 = moto.client();
    }
  }

  @AfterAll
  static void stopMoto() throws Exception {
    if (moto != null) {
      s3.close();
      moto.close();
    }
  }

  @BeforeEach
  void bucket() {
    assumeThat(moto).as("moto_server on PATH").isNotNull();
    bucket = "evidence-" + BUCKETS.incrementAndGet();
    s3.createBucket(b -> b.bucket(bucket));
  }

  @Test
  void publish_readsBackCleanUnderTheExecutionId() {
    S3Location where = S3Location.parse("s3://" + bucket + "/evidence/dev_full/run_control/");
    PublishResult r = publisher(S3Publisher.AfterUpload.NONE).publish(where, PublishFixtures.MANIFEST,
        PublishFixtures.files());

    assertThat(r.durableReadbackOk()).isTrue();
    assertThat(r.failures()).isEmpty();
    assertThat(r.uri()).isEqualTo("s3://" + bucket + "/evidence/dev_full/run_control/" + PublishFixtures.EXECUTION + "/");
    assertThat(r.objects()).extracting(ObjectResult::file)
        .containsAll(PublishFixtures.files().keySet()).contains(Manifest.FILE, S3Publisher.RECEIPT);
    assertThat(r.objects()).allSatisfy(o -> assertThat(o.attempts()).isEqualTo(1));
    String key = "evidence/dev_full/run_control/" + PublishFixtures.EXECUTION + "/m6f_blocker_register.json";
    assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)).asByteArray())
        .isEqualTo(PublishFixtures.STRICT_RERUN.artifact("m6f_blocker_register.json"));
    assertThat(s3.headObject(h -> h.bucket(bucket).key(key)).serverSideEncryption())
        .isEqualTo(ServerSideEncryption.AES256);
    assertThat(receipt(where).get("durable_readback_ok").asBoolean()).isTrue();
  }

  @Test
  void bucketWithKmsDefaultEncryption_getsKmsOnEveryObject() {
    ServerSideEncryptionRule kms = ServerSideEncryptionRule.builder().applyServerSideEncryptionByDefault(d -> d
        .sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID("alias/evidence")).build();
    s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(kms)));
    S3Location where = S3Location.parse("s3://" + bucket + "/p/");
    PublishResult r = publisher(S3Publisher.AfterUpload.NONE).publish(where, PublishFixtures.MANIFEST,
        PublishFixtures.files());
    assertThat(r.durableReadbackOk()).isTrue();
    assertThat(r.serverSideEncryption()).isEqualTo("aws:kms");
    String key = "p/" + PublishFixtures.EXECUTION + "/" + Manifest.FILE;
    assertThat(s3.headObject(h -> h.bucket(bucket).key(key)).serverSideEncryption())
        .isEqualTo(ServerSideEncryption.AWS_KMS);
  }

  @Test
  void objectAlteredAfterEveryUpload_failsNamingTheObjectAndTheReceiptSaysSo() {
    S3Location where = S3Location.parse("s3://" + bucket + "/p/");
    String victim = "p/" + PublishFixtures.EXECUTION + "/m6f_streaming_lag_posture.json";
    PublishResult r = publisher((key, attempt) -> {
      if (key.equals(victim)) {
        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("{\"tampered\":true}\n"));
      }
    }).publish(where, PublishFixtures.MANIFEST, PublishFixtures.files());

    assertThat(r.durableReadbackOk()).isFalse();
    assertThat(r.failures()).singleElement().asString()
        .startsWith("object `" + victim + "` read back with sha256 ")
        .contains("manifest says " + PublishFixtures.MANIFEST.entry("m6f_streaming_lag_posture.json")
            .orElseThrow().sha256());
    assertThat(r.objects()).filteredOn(o -> o.key().equals(victim)).singleElement()
        .satisfies(o -> assertThat(o.attempts()).isEqualTo(3));
    assertThat(receipt(where).get("durable_readback_ok").asBoolean()).isFalse();
  }

  @Test
  void objectAlteredOnce_isUploadedAgainAndReadsBackClean() {
    S3Location where = S3Location.parse("s3://" + bucket + "/p/");
    String victim = "p/" + PublishFixtures.EXECUTION + "/" + Manifest.FILE;
    PublishResult r = publisher((key, attempt) -> {
      if (key.equals(victim) && attempt == 1) {
        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("{}\n"));
      }
    }).publish(where, PublishFixtures.MANIFEST, PublishFixtures.files());
    assertThat(r.durableReadbackOk()).isTrue();
    assertThat(r.objects()).filteredOn(o -> o.key().equals(victim)).singleElement()
        .satisfies(o -> assertThat(o.attempts()).isEqualTo(2));
  }

  @Test
  void failedRepublish_replacesAStaleCleanReceipt() {
    S3Location where = S3Location.parse("s3://" + bucket + "/p/");
    assertThat(publisher(S3Publisher.AfterUpload.NONE).publish(where, PublishFixtures.MANIFEST,
        PublishFixtures.files()).durableReadbackOk()).isTrue();
    PublishResult again = publisher((key, attempt) -> {
      if (key.endsWith("/m6f_execution_summary.json")) {
        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("{}\n"));
      }
    }).publish(where, PublishFixtures.MANIFEST, PublishFixtures.files());
    assertThat(again.durableReadbackOk()).isFalse();
    assertThat(receipt(where).get("durable_readback_ok").asBoolean()).isFalse();
  }

  @Test
  void missingBucket_failsEveryUpload() {
    PublishResult r = publisher(S3Publisher.AfterUpload.NONE).publish(S3Location.parse("s3://no-such-bucket/p/"),
        PublishFixtures.MANIFEST, PublishFixtures.files());
    assertThat(r.durableReadbackOk()).isFalse();
    assertThat(r.failures()).isNotEmpty().allSatisfy(f -> assertThat(f).contains("NoSuchBucket"));
  }

  private static S3Publisher publisher(S3Publisher.AfterUpload hook) {
    return S3Publisher.on(s3, 3, Duration.ofMillis(10), hook);
  }

  private JsonNode receipt(S3Location where) {
    byte[] bytes = s3.getObjectAsBytes(g -> g.bucket(bucket)
        .key(where.folder(PublishFixtures.EXECUTION) + S3Publisher.RECEIPT)).asByteArray();
    try {
      return new ObjectMapper().readTree(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
