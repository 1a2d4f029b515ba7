package dev.gateadjudicator.publish;

import java.util.regex.Pattern;

/**
 * Where a set is published: {@code s3://bucket/prefix/}; each execution's set goes under
 * {@code <prefix>/<execution_id>/}.
 *
 * @param bucket the bucket
 * @param prefix the key prefix, empty or ending in {@code /}
 */
public record S3Location(String bucket, String prefix) {
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._=-]*");

  /** Validates the bucket name and normalises the prefix. */
  public S3Location {
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException("`" + bucket + "` is not a valid s3 bucket name");
    }
    prefix = prefix == null ? "" : prefix.replaceAll("^/+", "");
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    if (prefix.contains("//") || prefix.contains("..")) {
      throw new IllegalArgumentException("s3 prefix `" + prefix + "` has an empty or `..` segment");
    }
  }

  /**
   * Parses {@code s3://bucket/prefix/}.
   *
   * @param uri the URI
   * @return the location
   * @throws IllegalArgumentException when it is not an s3 URI
   */
  public static S3Location parse(String uri) {
    if (uri == null || !uri.startsWith("s3://")) {
      throw new IllegalArgumentException("`--publish` must look like `s3://bucket/prefix/`, was `" + uri + "`");
    }
    String rest = uri.substring("s3://".length());
    int slash = rest.indexOf('/');
    return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
  }

  /**
   * The key prefix of one execution's set.
   *
   * @param executionId the execution id
   * @return {@code <prefix><execution_id>/}
   */
  public String folder(String executionId) {
    if (executionId == null || !SEGMENT.matcher(executionId).matches()) {
      throw new IllegalArgumentException("execution id `" + executionId + "` cannot be an s3 key segment");
    }
    return prefix + executionId + "/";
  }

  /**
   * The URI of one execution's set.
   *
   * @param executionId the execution id
   * @return {@code s3://bucket/<prefix><execution_id>/}
   */
  public String uri(String executionId) {
    return "s3://" + bucket + "/" + folder(executionId);
  }
}
