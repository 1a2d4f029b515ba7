package dev.gateadjudicator.fact;

/** What an S3 bucket of the substrate is for; each role has its registry handle. */
public enum BucketRole {
  /** Terraform remote state ({@code TF_STATE_BUCKET}). */
  STATE("TF_STATE_BUCKET"),
  /** Platform object store ({@code S3_OBJECT_STORE_BUCKET}). */
  OBJECT_STORE("S3_OBJECT_STORE_BUCKET"),
  /** Durable evidence ({@code S3_EVIDENCE_BUCKET}). */
  EVIDENCE("S3_EVIDENCE_BUCKET"),
  /** Build and model artifacts ({@code S3_ARTIFACTS_BUCKET}). */
  ARTIFACTS("S3_ARTIFACTS_BUCKET");

  private final String handle;

  BucketRole(String handle) {
    this.handle = handle;
  }

  /**
   * The handle that pins the bucket name for this role.
   *
   * @return the handle name
   */
  public String handle() {
    return handle;
  }
}
