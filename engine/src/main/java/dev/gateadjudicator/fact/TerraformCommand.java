package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Terraform commands a stack lane runs, in order. */
public enum TerraformCommand {
  /** {@code terraform init}. */
  @JsonProperty("init")
  INIT,
  /** {@code terraform validate}. */
  @JsonProperty("validate")
  VALIDATE,
  /** {@code terraform plan -detailed-exitcode}. */
  @JsonProperty("plan")
  PLAN,
  /** {@code terraform apply}. */
  @JsonProperty("apply")
  APPLY,
  /** {@code terraform output -json}. */
  @JsonProperty("output")
  OUTPUT;

  /**
   * Whether an exit code is a success for this command: {@code plan -detailed-exitcode} also
   * succeeds with {@code 2} (changes present); every other command only with {@code 0}.
   *
   * @param exitCode the process exit code
   * @return true on success
   */
  public boolean succeeded(long exitCode) {
    return exitCode == 0 || (this == PLAN && exitCode == 2);
  }
}
