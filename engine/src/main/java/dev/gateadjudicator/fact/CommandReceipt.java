package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The receipt of one Terraform command run against a stack.
 *
 * @param id fact id
 * @param source where it was read
 * @param stack the stack
 * @param command the command
 * @param postApply whether this run came after the apply (a stability re-plan)
 * @param exitCode the process exit code
 * @param detailedExitCode for a plan, its {@code -detailed-exitcode} (0 no changes, 1 error, 2 changes), else {@code null}
 * @param toAdd for a plan or apply, resources to add (or added), else {@code null}
 * @param toChange for a plan or apply, resources to change (or changed), else {@code null}
 * @param toDestroy for a plan or apply, resources to destroy (or destroyed), else {@code null}
 */
@JsonTypeName("command_receipt")
public record CommandReceipt(
    String id,
    String source,
    Stack stack,
    TerraformCommand command,
    boolean postApply,
    long exitCode,
    Long detailedExitCode,
    Long toAdd,
    Long toChange,
    Long toDestroy)
    implements Fact {
  /** Validates the fields. */
  public CommandReceipt {
    Require.present(stack, "stack");
    Require.present(command, "command");
    Require.nonNegative(exitCode, "exit_code");
    if (command == TerraformCommand.PLAN) {
      Require.present(detailedExitCode, "detailed_exit_code");
    }
    for (Long n : new Long[] {detailedExitCode, toAdd, toChange, toDestroy}) {
      if (n != null) {
        Require.nonNegative(n, "resource action count");
      }
    }
  }

  /**
   * Whether the command succeeded: exit codes as {@link TerraformCommand#succeeded(long)}, and a
   * plan's detailed exit code agreeing with its exit code and with its counts ({@link #countsContradictEmptyDiff}).
   *
   * @return true on success
   */
  public boolean succeeded() {
    if (command == TerraformCommand.PLAN) {
      return detailedExitCode != null && detailedExitCode == exitCode && command.succeeded(exitCode)
          && !countsContradictEmptyDiff();
    }
    return command.succeeded(exitCode);
  }

  /**
   * Whether a plan reports an empty diff ({@code detailed_exit_code} 0) yet counts a resource to add, change or
   * destroy: the receipt contradicts itself, so it proves neither a clean plan nor a clean post-apply check.
   *
   * @return true when the counts contradict the detailed exit code
   */
  public boolean countsContradictEmptyDiff() {
    return command == TerraformCommand.PLAN && detailedExitCode != null && detailedExitCode == 0
        && (positive(toAdd) || positive(toChange) || positive(toDestroy));
  }

  private static boolean positive(Long n) {
    return n != null && n > 0;
  }

  /**
   * How the command ended, for a finding: its exit code, a plan's detailed exit code, and the counts when they
   * contradict an empty diff.
   *
   * @return for example {@code exited 0 (detailed_exit_code 0) yet counts 3/0/0 to add/change/destroy}
   */
  public String outcome() {
    return "exited " + exitCode + (detailedExitCode == null ? "" : " (detailed_exit_code " + detailedExitCode + ")")
        + (countsContradictEmptyDiff()
            ? " yet counts " + toAdd + "/" + toChange + "/" + toDestroy + " to add/change/destroy" : "");
  }

  /**
   * Whether a post-apply plan found no drift ({@code detailed_exit_code} 0).
   *
   * @return true when this is a clean post-apply plan
   */
  public boolean noDrift() {
    return command == TerraformCommand.PLAN && detailedExitCode != null && detailedExitCode == 0 && exitCode == 0;
  }

  @Override
  public CommandReceipt withId(String newId) {
    return new CommandReceipt(
        newId, source, stack, command, postApply, exitCode, detailedExitCode, toAdd, toChange, toDestroy);
  }
}
