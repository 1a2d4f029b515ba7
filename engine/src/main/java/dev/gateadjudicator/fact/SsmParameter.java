package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An SSM parameter's metadata (never its value).
 *
 * @param id fact id
 * @param source where it was read
 * @param path the parameter name
 * @param exists whether it was found
 * @param type {@code String}, {@code StringList} or {@code SecureString} ({@code null} when absent)
 * @param version the parameter version ({@code null} when absent)
 */
@JsonTypeName("ssm_parameter")
public record SsmParameter(String id, String source, String path, boolean exists, @JsonInclude(JsonInclude.Include.ALWAYS) String type, @JsonInclude(JsonInclude.Include.ALWAYS) Long version)
    implements Fact {
  /** Validates the fields. */
  public SsmParameter {
    Require.text(path, "path");
    if (version != null) {
      Require.nonNegative(version, "version");
    }
  }

  @Override
  public SsmParameter withId(String newId) {
    return new SsmParameter(newId, source, path, exists, type, version);
  }
}
