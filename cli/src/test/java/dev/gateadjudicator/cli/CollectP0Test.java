package dev.gateadjudicator.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.collect.CollectionRequest;
import dev.gateadjudicator.collect.CollectionSettings;
import dev.gateadjudicator.collect.GateCollector;
import dev.gateadjudicator.collect.HandleRegistry;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Fault;
import dev.gateadjudicator.collect.testing.Stubs;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** P0 M2.A collected from WireMock (S3 posture, lock table) and Terraform roots on disk, then adjudicated. */
class CollectP0Test {
  private static final Path FIXTURE = GateCliTest.ROOT.resolve("fixtures/p0/m2a_20260222T204011Z.factset.json");
  private static WireMockServer wm;
  private static GateEngine engine;
  private static Path roots;
  private static final TreeMap<String, Object> HANDLES = new TreeMap<>();

  @BeforeAll
  static void start() throws Exception {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    engine = GateEngine.withDefaultPolicy();
    roots = Files.createTempDirectory("m2a-roots");
    JsonNode handles = new ObjectMapper().readTree(FIXTURE.toFile()).path("handles");
    handles.fields().forEachRemaining(e -> HANDLES.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
        : e.getValue().isBoolean() ? (Object) e.getValue().asBoolean() : e.getValue().decimalValue()));
    for (String stack : new String[] {"CORE", "STREAMING", "RUNTIME", "DATA_ML", "OPS"}) {
      Path dir = roots.resolve(stack.toLowerCase());
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("backend.tf"), "terraform {\n  backend \"s3\" {}\n}\n");
      HANDLES.put("TF_STACK_" + stack + "_DIR", dir.toString());
    }
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void healthy() {
    wm.resetAll();
    String b = (String) HANDLES.get("TF_STATE_BUCKET");
    wm.stubFor(Call.S3_HEAD_BUCKET.request().atPriority(5).willReturn(aResponse().withStatus(200)));
    wm.stubFor(Call.S3_GET_BUCKET_ENCRYPTION.request().atPriority(5).willReturn(Stubs.ok(Call.S3_GET_BUCKET_ENCRYPTION,
        "<ServerSideEncryptionConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
            + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault>"
            + "</Rule></ServerSideEncryptionConfiguration>")));
    wm.stubFor(Call.S3_GET_BUCKET_VERSIONING.request().atPriority(5).willReturn(Stubs.ok(Call.S3_GET_BUCKET_VERSIONING,
        "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Status>Enabled</Status>"
            + "</VersioningConfiguration>")));
    wm.stubFor(Call.S3_GET_PUBLIC_ACCESS_BLOCK.request().atPriority(5).willReturn(Stubs.ok(Call.S3_GET_PUBLIC_ACCESS_BLOCK,
        "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><BlockPublicAcls>true"
            + "</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
            + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
    wm.stubFor(Call.DDB_DESCRIBE_TABLE.request().atPriority(5).willReturn(Stubs.ok(Call.DDB_DESCRIBE_TABLE,
        "{\"Table\":{\"TableName\":\"" + HANDLES.get("TF_LOCK_TABLE") + "\",\"TableStatus\":\"ACTIVE\","
            + "\"KeySchema\":[{\"AttributeName\":\"LockID\",\"KeyType\":\"HASH\"}],"
            + "\"AttributeDefinitions\":[{\"AttributeName\":\"LockID\",\"AttributeType\":\"S\"}]}}")));
    assertThat(b).isNotBlank();
  }

  /** Generous, so a loaded machine never turns a healthy call into a timeout; the TIMEOUT fault uses a short one. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private FactSet collect() {
    return collect(CALL_TIMEOUT);
  }

  private FactSet collect(Duration callTimeout) {
    URI e = URI.create(wm.baseUrl());
    return GateCollector.collect(
        new CollectionRequest("P0", "M2.A", "m2a_collected", null, Instant.parse("2026-02-22T20:40:11Z"), null,
            new HandleRegistry("m2a", HANDLES), null),
        new CollectionSettings("eu-west-2", null, e, Map.of(), e, callTimeout, Duration.ofSeconds(180), 1),
        l -> { });
  }

  @Test
  void m2a_collectedFromTheTestServers_advancesToM2B() {
    Adjudication a = engine.adjudicate(collect());

    assertThat(a.exitCode()).as(a.toJson()).isZero();
    assertThat(a.toJson()).contains("M2.B_READY");
  }

  static Stream<Arguments> faults() {
    List<Arguments> out = new ArrayList<>();
    for (Call c : List.of(Call.S3_HEAD_BUCKET, Call.S3_GET_BUCKET_ENCRYPTION, Call.S3_GET_BUCKET_VERSIONING,
        Call.S3_GET_PUBLIC_ACCESS_BLOCK, Call.DDB_DESCRIBE_TABLE)) {
      for (Fault f : Fault.values()) {
        if (!(c == Call.S3_HEAD_BUCKET && f == Fault.MALFORMED)) {
          out.add(Arguments.of(c, f));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void m2a_faultInAnySingleCall_neverAdvances(Call call, Fault fault) {
    wm.stubFor(call.request().atPriority(1).willReturn(fault.response(call)));

    FactSet fs = collect(fault == Fault.TIMEOUT ? Duration.ofSeconds(1) : CALL_TIMEOUT);
    Adjudication a = engine.adjudicate(fs);

    assertThat(a.exitCode()).as("%s %s: %s", call, fault, fs.facts()).isNotZero();
  }
}
