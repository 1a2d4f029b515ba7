package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An MSK cluster as DescribeClusterV2 reports it.
 *
 * @param id fact id
 * @param source where it was read
 * @param name the cluster name
 * @param arn the cluster ARN ({@code null} when not found)
 * @param state the cluster state, for example {@code ACTIVE} ({@code null} when not found)
 * @param mode {@code SERVERLESS} or {@code PROVISIONED} ({@code null} when not found)
 * @param authMode the client authentication mode, for example {@code SASL_IAM} ({@code null} when none)
 * @param bootstrapBrokersPresent whether GetBootstrapBrokers returned SASL/IAM brokers
 */
@JsonTypeName("msk_cluster")
public record MskCluster(
    String id,
    String source,
    String name,
    @JsonInclude(JsonInclude.Include.ALWAYS) String arn,
    @JsonInclude(JsonInclude.Include.ALWAYS) String state,
    @JsonInclude(JsonInclude.Include.ALWAYS) String mode,
    @JsonInclude(JsonInclude.Include.ALWAYS) String authMode,
    boolean bootstrapBrokersPresent)
    implements Fact {
  /** Validates the fields. */
  public MskCluster {
    Require.text(name, "name");
  }

  /**
   * Whether the cluster is found and {@code ACTIVE}.
   *
   * @return true when active
   */
  public boolean active() {
    return arn != null && !arn.isBlank() && "ACTIVE".equals(state);
  }

  @Override
  public MskCluster withId(String newId) {
    return new MskCluster(newId, source, name, arn, state, mode, authMode, bootstrapBrokersPresent);
  }
}
