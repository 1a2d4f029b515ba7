package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A KMS alias and the key it maps to.
 *
 * @param id fact id
 * @param source where it was read
 * @param alias the alias, for example {@code alias/fraud-platform-dev-full}
 * @param exists whether the alias resolves to a key
 * @param keyEnabled whether that key is enabled
 */
@JsonTypeName("kms_alias")
public record KmsAlias(String id, String source, String alias, boolean exists, boolean keyEnabled) implements Fact {
  /** Validates the fields. */
  public KmsAlias {
    Require.text(alias, "alias");
  }

  /**
   * Whether the alias resolves to an enabled key.
   *
   * @return true when usable
   */
  public boolean usable() {
    return exists && keyEnabled;
  }

  @Override
  public KmsAlias withId(String newId) {
    return new KmsAlias(newId, source, alias, exists, keyEnabled);
  }
}
