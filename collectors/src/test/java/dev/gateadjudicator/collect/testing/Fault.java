package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.gateadjudicator.fact.ErrorType;

/** Faults a test can inject into one call, each shaped as the call's protocol would send it. */
public enum Fault {
  /** The caller lacks permission. */
  ACCESS_DENIED(ErrorType.ACCESS_DENIED),
  /** Throttled, on every attempt. */
  THROTTLED(ErrorType.THROTTLED),
  /** No answer within the call timeout. */
  TIMEOUT(ErrorType.TIMEOUT),
  /** The resource does not exist. */
  NOT_FOUND(ErrorType.NOT_FOUND),
  /** A 200 whose body cannot be parsed. */
  MALFORMED(ErrorType.MALFORMED);

  /** The delay of a {@link #TIMEOUT} answer: longer than any test's call timeout. */
  public static final int TIMEOUT_DELAY_MS = 4_000;

  private final ErrorType expected;

  Fault(ErrorType expected) {
    this.expected = expected;
  }

  /**
   * The typed error the collectors must report for this fault.
   *
   * @return the error type
   */
  public ErrorType expected() {
    return expected;
  }

  /**
   * The faulty response for a call.
   *
   * @param call the call
   * @return the response
   */
  public ResponseDefinitionBuilder response(Call call) {
    return response(call.protocol(), call.toString());
  }

  /**
   * The faulty response for any call of a protocol family.
   *
   * @param protocol the call's protocol
   * @param label names the call in the error message
   * @return the response
   */
  public ResponseDefinitionBuilder response(Call.Protocol protocol, String label) {
    if (this == TIMEOUT) {
      return Stubs.ok(protocol, "{}").withFixedDelay(TIMEOUT_DELAY_MS);
    }
    if (this == MALFORMED) {
      return aResponse().withStatus(200)
          .withHeader("Content-Type", protocol == Call.Protocol.QUERY || protocol == Call.Protocol.REST_XML
              ? "text/xml" : "application/json")
          .withBody(protocol == Call.Protocol.QUERY || protocol == Call.Protocol.REST_XML
              ? "<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Values>"
              : "{\"truncated\": [1, 2");
    }
    String code = switch (protocol) {
      case REST_JSON, JSON -> switch (this) {
        case ACCESS_DENIED -> "AccessDeniedException";
        case THROTTLED -> "ThrottlingException";
        default -> "ResourceNotFoundException";
      };
      case QUERY -> switch (this) {
        case ACCESS_DENIED -> "AccessDenied";
        case THROTTLED -> "Throttling";
        default -> "ResourceNotFound";
      };
      case REST_XML -> switch (this) {
        case ACCESS_DENIED -> "AccessDenied";
        case THROTTLED -> "SlowDown";
        default -> "NoSuchBucket";
      };
      case KUBERNETES -> switch (this) {
        case ACCESS_DENIED -> "Forbidden";
        case THROTTLED -> "TooManyRequests";
        default -> "NotFound";
      };
    };
    int status = switch (this) {
      case ACCESS_DENIED -> protocol == Call.Protocol.JSON ? 400 : 403;
      case THROTTLED -> switch (protocol) {
        case JSON, QUERY -> 400;
        case REST_XML -> 503;
        default -> 429;
      };
      default -> protocol == Call.Protocol.JSON ? 400 : 404;
    };
    String message = "injected " + name().toLowerCase(java.util.Locale.ROOT) + " for " + label;
    return switch (protocol) {
      case REST_JSON -> aResponse().withStatus(status).withHeader("x-amzn-ErrorType", code)
          .withHeader("Content-Type", "application/json").withBody("{\"message\":\"" + message + "\"}");
      case JSON -> aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.0")
          .withBody("{\"__type\":\"com.amazonaws.service#" + code + "\",\"message\":\"" + message + "\"}");
      case QUERY -> aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
          .withBody("<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><Error><Type>Sender</Type>"
              + "<Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>r-1</RequestId></ErrorResponse>");
      case REST_XML -> aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
          .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
              + "</Message><RequestId>r-1</RequestId></Error>");
      case KUBERNETES -> aResponse().withStatus(status).withHeader("Content-Type", "application/json")
          .withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"" + message
              + "\",\"reason\":\"" + code + "\",\"code\":" + status + "}");
    };
  }
}
