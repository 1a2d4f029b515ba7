package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The posture of one S3 bucket: existence, default encryption, versioning and the four
 * public-access-block flags.
 *
 * @param id fact id
 * @param source where it was read, for example {@code s3:GetBucketEncryption}
 * @param bucket the bucket name
 * @param role what the bucket is for
 * @param exists whether HeadBucket found it
 * @param encryptionEnabled whether default encryption is configured
 * @param versioningEnabled whether versioning is {@code Enabled}
 * @param blockPublicAcls public-access-block {@code BlockPublicAcls}
 * @param ignorePublicAcls public-access-block {@code IgnorePublicAcls}
 * @param blockPublicPolicy public-access-block {@code BlockPublicPolicy}
 * @param restrictPublicBuckets public-access-block {@code RestrictPublicBuckets}
 */
@JsonTypeName("s3_bucket")
public record S3Bucket(
    String id,
    String source,
    String bucket,
    BucketRole role,
    boolean exists,
    boolean encryptionEnabled,
    boolean versioningEnabled,
    boolean blockPublicAcls,
    boolean ignorePublicAcls,
    boolean blockPublicPolicy,
    boolean restrictPublicBuckets)
    implements Fact {
  /** Validates the fields. */
  public S3Bucket {
    Require.text(bucket, "bucket");
    Require.present(role, "role");
  }

  /**
   * Whether all four public-access-block flags are on.
   *
   * @return true when public access is fully blocked
   */
  public boolean publicAccessBlocked() {
    return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
  }

  /**
   * Whether the bucket exists with encryption, versioning and the public access block all on.
   *
   * @return true when the posture conforms
   */
  public boolean postureConformant() {
    return exists && encryptionEnabled && versioningEnabled && publicAccessBlocked();
  }

  @Override
  public S3Bucket withId(String newId) {
    return new S3Bucket(
        newId, source, bucket, role, exists, encryptionEnabled, versioningEnabled, blockPublicAcls,
        ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets);
  }
}
