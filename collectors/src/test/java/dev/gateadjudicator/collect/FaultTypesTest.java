package dev.gateadjudicator.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.gateadjudicator.fact.ErrorType;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults as AWS sends them (WireMock with AWS-shaped bodies, the SDK's real clients): each becomes its typed
 * error, with the service's error code and request id in the message, within the call's retries.
 */
class FaultTypesTest {
  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

  /** What a call threw, typed and described as the collectors record it. */
  private record Outcome(ErrorType type, String message) {}

  private Outcome call(Consumer<Clients> read) {
    URI e = URI.create(WM.baseUrl());
    // generous call timeout and deadline: the outcome must not depend on the machine's speed
    CollectionSettings s = new CollectionSettings("eu-west-2", null, e, Map.of(), e, Duration.ofSeconds(60),
        Duration.ofSeconds(180), 0);
    try (Clients clients = new Clients(s)) {
      read.accept(clients);
    } catch (Exception thrown) {
      return new Outcome(Failures.classify(thrown), Failures.message(thrown));
    }
    throw new AssertionError("the call did not fail");
  }

  private static void answer(int status, String contentType, String body, String requestIdHeader) {
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
        .withHeader(requestIdHeader, "REQ-7F3A9C").withBody(body)));
  }

  @Test
  void s3SlowDown503_isThrottledWithItsCodeAndRequestId() {
    answer(503, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
        + "<Message>Please reduce your request rate.</Message><RequestId>REQ-7F3A9C</RequestId>"
        + "<HostId>host</HostId></Error>", "x-amz-request-id");
    Outcome o = call(c -> c.s3().getBucketVersioning(r -> r.bucket("evidence-bucket")));
    assertThat(o.type()).isEqualTo(ErrorType.THROTTLED);
    assertThat(o.message()).contains("`SlowDown`").contains("HTTP 503").contains("REQ-7F3A9C").doesNotContain("null");
  }

  @Test
  void s3Throttling400_isThrottled() {
    answer(400, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>RequestThrottled</Code>"
        + "<Message>Request rate exceeded</Message><RequestId>REQ-7F3A9C</RequestId></Error>", "x-amz-request-id");
    Outcome o = call(c -> c.s3().getBucketVersioning(r -> r.bucket("evidence-bucket")));
    assertThat(o.type()).isEqualTo(ErrorType.THROTTLED);
    assertThat(o.message()).contains("`RequestThrottled`").contains("HTTP 400").doesNotContain("null");
  }

  @Test
  void s3HeadWithoutABody_saysItHasNoErrorCodeRatherThanNull() {
    answer(400, "application/xml", "", "x-amz-request-id");
    Outcome o = call(c -> c.s3().headBucket(r -> r.bucket("evidence-bucket")));
    assertThat(o.message()).contains("no error code").contains("HTTP 400").contains("REQ-7F3A9C")
        .doesNotContain("null");
  }

  @Test
  void dynamoDbThrottling_isThrottledAfterBoundedRetriesNotATimeout() {
    for (String code : new String[] {"ProvisionedThroughputExceededException", "ThrottlingException"}) {
      WM.resetAll();
      answer(400, "application/x-amz-json-1.0", "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code
          + "\",\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}",
          "x-amzn-RequestId");
      Outcome o = call(c -> c.dynamodb().describeTable(r -> r.tableName("tf-locks")));
      assertThat(o.type()).as(code).isEqualTo(ErrorType.THROTTLED);
      assertThat(o.message()).contains("`" + code + "`").contains("REQ-7F3A9C");
      assertThat(WM.findAll(anyRequestedFor(anyUrl()))).as("attempts of %s", code).hasSize(3);
    }
  }

  @Test
  void emptyHttp200_isMalformedNotARealAnswer() {
    answer(200, "application/xml", "", "x-amz-request-id");
    Outcome s3 = call(c -> c.s3().getBucketVersioning(r -> r.bucket("evidence-bucket")));
    assertThat(s3.type()).isEqualTo(ErrorType.MALFORMED);
    assertThat(s3.message()).contains("empty HTTP 200");

    WM.resetAll();
    answer(200, "application/x-amz-json-1.0", "", "x-amzn-RequestId");
    Outcome ddb = call(c -> c.dynamodb().describeTable(r -> r.tableName("tf-locks")));
    assertThat(ddb.type()).isEqualTo(ErrorType.MALFORMED);
  }

  @Test
  void cloudWatch500_isUnknownWithTheServiceCodeAndRequestId() {
    answer(500, "text/xml", "<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><Error>"
        + "<Type>Receiver</Type><Code>InternalFailure</Code><Message>internal failure</Message></Error>"
        + "<RequestId>REQ-7F3A9C</RequestId></ErrorResponse>", "x-amzn-RequestId");
    Outcome o = call(c -> c.cloudwatch().listMetrics(r -> r.namespace("fraud")));
    assertThat(o.type()).isEqualTo(ErrorType.UNKNOWN);
    assertThat(o.message()).contains("`InternalFailure`").contains("HTTP 500").contains("REQ-7F3A9C")
        .doesNotContain("`null`");
  }
}
