package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The Terraform lock table as DynamoDB DescribeTable reports it.
 *
 * @param id fact id
 * @param source where it was read
 * @param table the table name
 * @param exists whether the table was found
 * @param status the table status, for example {@code ACTIVE} ({@code null} when absent)
 * @param hashKeyName the partition key attribute name ({@code null} when absent)
 * @param hashKeyType the partition key attribute type {@code S}, {@code N} or {@code B} ({@code null} when absent)
 */
@JsonTypeName("lock_table")
public record LockTable(
    String id, String source, String table, boolean exists, @JsonInclude(JsonInclude.Include.ALWAYS) String status, @JsonInclude(JsonInclude.Include.ALWAYS) String hashKeyName, @JsonInclude(JsonInclude.Include.ALWAYS) String hashKeyType)
    implements Fact {
  /** The partition key Terraform's S3 backend locks on. */
  public static final String TERRAFORM_LOCK_KEY = "LockID";

  /** Validates the fields. */
  public LockTable {
    Require.text(table, "table");
    if (exists) {
      Require.text(status, "status");
    }
  }

  /**
   * Whether the table can serve Terraform locks: present, {@code ACTIVE}, keyed on string {@code LockID}.
   *
   * @return true when it conforms
   */
  public boolean terraformLockReady() {
    return exists && "ACTIVE".equals(status) && TERRAFORM_LOCK_KEY.equals(hashKeyName) && "S".equals(hashKeyType);
  }

  @Override
  public LockTable withId(String newId) {
    return new LockTable(newId, source, table, exists, status, hashKeyName, hashKeyType);
  }
}
