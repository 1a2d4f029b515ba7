package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The five bounded Terraform stacks of the P0 substrate, in apply order. */
public enum Stack {
  /** Network base, KMS, base S3, baseline IAM. */
  @JsonProperty("core")
  CORE,
  /** MSK serverless, schema registry, stream-lane identity. */
  @JsonProperty("streaming")
  STREAMING,
  /** Runtime services and managed identity. */
  @JsonProperty("runtime")
  RUNTIME,
  /** Databricks, SageMaker, MLflow bridge. */
  @JsonProperty("data_ml")
  DATA_ML,
  /** Budgets, alarms, dashboards. */
  @JsonProperty("ops")
  OPS;

  /**
   * The handle that pins this stack's Terraform root directory, for example {@code TF_STACK_CORE_DIR}.
   *
   * @return the handle name
   */
  public String dirHandle() {
    return "TF_STACK_" + name() + "_DIR";
  }

  /**
   * The handle that pins this stack's remote state key, for example {@code TF_STATE_KEY_CORE}.
   *
   * @return the handle name
   */
  public String stateKeyHandle() {
    return "TF_STATE_KEY_" + name();
  }

  /**
   * The stack's wire name, for example {@code data_ml}.
   *
   * @return the lowercase name
   */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
