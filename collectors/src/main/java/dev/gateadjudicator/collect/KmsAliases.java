package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.KmsAlias;
import java.util.List;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * {@code kms_alias}: KMS {@code ListAliases} (paginated) finds the alias {@code KMS_KEY_ALIAS_PLATFORM} pins, and
 * {@code DescribeKey} of its target key says whether the key is enabled ({@code Enabled} and state {@code Enabled}).
 * An alias that is not listed, or lists no target key, is {@code exists: false}; a key pending deletion or
 * disabled is {@code key_enabled: false}.
 */
final class KmsAliases {
  /** The handle naming the platform's alias. */
  static final String HANDLE = "KMS_KEY_ALIAS_PLATFORM";

  private KmsAliases() {}

  /**
   * The probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe probe(Context ctx) {
    return new Probe("kms-alias", "kms_alias", HANDLE, () -> List.of(read(ctx)));
  }

  private static Fact read(Context ctx) {
    String pinned = ctx.required(HANDLE);
    String alias = pinned.startsWith("alias/") ? pinned : "alias/" + pinned;
    KmsClient kms = ctx.clients().kms();
    AliasListEntry entry = kms.listAliasesPaginator(r -> { }).aliases().stream()
        .filter(a -> alias.equals(a.aliasName())).findFirst().orElse(null);
    if (entry == null || entry.targetKeyId() == null) {
      return new KmsAlias(null, "kms:ListAliases", pinned, false, false);
    }
    KeyMetadata key = kms.describeKey(r -> r.keyId(entry.targetKeyId())).keyMetadata();
    boolean enabled = Boolean.TRUE.equals(key.enabled()) && "Enabled".equals(key.keyStateAsString());
    return new KmsAlias(null, "kms:ListAliases+DescribeKey", pinned, true, enabled);
  }
}
