package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns what a read threw into a typed error and a message with no secrets in it. */
final class Failures {
  private static final Pattern SECRETS = Pattern.compile(
      "(?i)(x-amz-(signature|credential|security-token)=)[^&\\s\"]+"
          + "|\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"
          + "|k8s-aws-v1\\.[A-Za-z0-9_-]+"
          + "|(?i)(bearer\\s+)\\S+"
          + "|(?i)(\"?(secretstring|secretbinary|value|password|token)\"?\\s*[:=]\\s*)\"?[^\",}\\s]+");
  private static final int MAX_MESSAGE = 300;

  private Failures() {}

  /**
   * The typed error of a failed read.
   *
   * @param thrown what the read threw
   * @return its type
   */
  public static ErrorType classify(Throwable thrown) {
    Throwable t = unwrap(thrown);
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CollectionFailure f) {
        return f.type();
      }
    }
    if (t instanceof AwsServiceException e) {
      return classifyAws(e);
    }
    if (t instanceof KubernetesClientException k && k.getCode() > 0) {
      return classifyStatus(k.getCode(), "");
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ApiCallTimeoutException || c instanceof ApiCallAttemptTimeoutException
          || c instanceof SocketTimeoutException || c instanceof TimeoutException
          || c instanceof InterruptedException || c instanceof InterruptedIOException) {
        return ErrorType.TIMEOUT;
      }
      String name = c.getClass().getName();
      if ((name.contains(".jackson.") && c instanceof java.io.IOException) || name.endsWith("XMLStreamException") || c instanceof java.time.format.DateTimeParseException
          || c instanceof NumberFormatException) {
        return ErrorType.MALFORMED;
      }
      String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("timed out") || m.contains("timeout")) {
        return ErrorType.TIMEOUT;
      }
      if (m.contains("unable to unmarshall") || m.contains("unable to parse")) {
        return ErrorType.MALFORMED;
      }
    }
    if (t instanceof SdkClientException || t instanceof KubernetesClientException) {
      return ErrorType.UNKNOWN;
    }
    if (t instanceof IllegalArgumentException || t instanceof NullPointerException || t instanceof ClassCastException) {
      return ErrorType.MALFORMED;
    }
    return ErrorType.UNKNOWN;
  }

  private static ErrorType classifyAws(AwsServiceException e) {
    if (e.isThrottlingException()) {
      return ErrorType.THROTTLED;
    }
    String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? "" : e.awsErrorDetails().errorCode();
    return classifyStatus(e.statusCode(), code);
  }

  private static ErrorType classifyStatus(int status, String code) {
    if (code.contains("AccessDenied") || code.equals("UnauthorizedOperation") || code.equals("UnrecognizedClientException")
        || code.equals("InvalidClientTokenId") || code.equals("ExpiredToken") || code.equals("ExpiredTokenException")
        || code.equals("SignatureDoesNotMatch") || code.equals("InvalidSignatureException") || code.equals("AllAccessDisabled")
        || status == 401 || status == 403) {
      return ErrorType.ACCESS_DENIED;
    }
    if (code.endsWith("NotFoundException") || code.endsWith("NotFound") || code.startsWith("NoSuch")
        || code.equals("ResourceNotFound") || status == 404) {
      return ErrorType.NOT_FOUND;
    }
    if (code.contains("Throttl") || code.equals("TooManyRequestsException") || code.equals("SlowDown")
        || code.equals("RequestLimitExceeded") || code.equals("ProvisionedThroughputExceededException")
        || code.equals("RequestThrottledException") || code.equals("BandwidthLimitExceeded")
        || code.equals("TooManyRequests") || code.equals("PriorRequestNotComplete")
        || status == 429 || status == 503) {
      return ErrorType.THROTTLED;
    }
    return ErrorType.UNKNOWN;
  }

  /**
   * A short message for a failed read, with credentials, signatures, tokens and secret values removed.
   *
   * @param thrown what the read threw
   * @return the message
   */
  public static String message(Throwable thrown) {
    Throwable t = unwrap(thrown);
    String text;
    CollectionFailure failure = null;
    for (Throwable c = t; c != null && failure == null; c = c.getCause() == c ? null : c.getCause()) {
      failure = c instanceof CollectionFailure f ? f : null;
    }
    if (failure != null) {
      text = failure.getMessage();
    } else if (t instanceof AwsServiceException e) {
      // the service's error code and request id, or say plainly that it sent none: never "`null`"
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String detail = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
      text = (code == null || code.isBlank() ? "no error code" : "`" + code + "`") + " (HTTP " + e.statusCode()
          + (e.requestId() == null || e.requestId().isBlank() ? "" : ", request id " + e.requestId()) + ")"
          + (detail == null || detail.isBlank() ? "" : ": " + detail);
    } else if (t instanceof KubernetesClientException k) {
      text = "kubernetes API" + (k.getCode() > 0 ? " HTTP " + k.getCode() : "") + ": " + k.getMessage();
    } else {
      text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
    return redact(text);
  }

  /**
   * Removes credentials, signatures, tokens and secret values from a text and shortens it.
   *
   * @param text any text
   * @return the redacted text
   */
  public static String redact(String text) {
    String r = SECRETS.matcher(text.replaceAll("\\s+", " ")).replaceAll(m -> {
      String keep = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
      return java.util.regex.Matcher.quoteReplacement(keep + "<redacted>");
    });
    r = r.length() > MAX_MESSAGE ? r.substring(0, MAX_MESSAGE) + "..." : r;
    // a last check with the engine's credential rules: a message that still looks like one is withheld
    return dev.gateadjudicator.support.Canonical.credentialRule(r).map(rule -> "message withheld: it looks like a credential (rule `"
        + rule + "`)").orElse(r);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof ExecutionException || c instanceof CompletionException
        || c instanceof java.io.UncheckedIOException || c instanceof java.lang.reflect.UndeclaredThrowableException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
