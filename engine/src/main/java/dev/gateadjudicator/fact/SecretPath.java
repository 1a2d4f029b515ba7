package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A secret path handle and whether the managed identity can read it (never the value).
 *
 * @param id fact id
 * @param source where it was read
 * @param handle the path handle
 * @param path the path it pins
 * @param exists whether the path exists
 * @param readable whether the managed identity could read it
 */
@JsonTypeName("secret_path")
public record SecretPath(String id, String source, String handle, String path, boolean exists, boolean readable)
    implements Fact {
  /** Validates the fields. */
  public SecretPath {
    Require.text(handle, "handle");
    Require.text(path, "path");
  }

  /**
   * Whether the path exists and is readable.
   *
   * @return true when materialized
   */
  public boolean materialized() {
    return exists && readable;
  }

  @Override
  public SecretPath withId(String newId) {
    return new SecretPath(newId, source, handle, path, exists, readable);
  }
}
