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
   * Whether a state key names this stack as one of its path segments, for example
   * {@code dev_full/core/terraform.tfstate} for {@code core}.
   *
   * @param key a state key
   * @return true when a {@code /}-separated segment, or a segment's stem before the first dot, is this stack's name
   */
  public boolean namedBy(String key) {
    if (key == null) {
      return false;
    }
    for (String segment : key.split("/")) {
      int dot = segment.indexOf('.');
      if (segment.equals(wireName()) || (dot > 0 && segment.substring(0, dot).equals(wireName()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stack a wire name names.
   *
   * @param text a wire name such as {@code data_ml}
   * @return the stack, or {@code null} when the text names none
   */
  public static Stack parse(String text) {
    for (Stack s : values()) {
      if (s.wireName().equals(text == null ? null : text.trim())) {
        return s;
      }
    }
    return null;
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
