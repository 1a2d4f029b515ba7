package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A stack's Terraform root directory: whether it exists, has a backend block, and declares any resources.
 *
 * @param id fact id
 * @param source where it was read
 * @param stack the stack
 * @param dir the directory as pinned
 * @param dirExists whether the directory exists
 * @param backendConfigured whether it declares the remote backend
 * @param resourceDeclarations resource and module blocks it declares (0 for a skeleton)
 */
@JsonTypeName("stack_root")
public record StackRoot(
    String id,
    String source,
    Stack stack,
    String dir,
    boolean dirExists,
    boolean backendConfigured,
    long resourceDeclarations)
    implements Fact {
  /** Validates the fields. */
  public StackRoot {
    Require.present(stack, "stack");
    Require.text(dir, "dir");
    Require.nonNegative(resourceDeclarations, "resource_declarations");
  }

  /**
   * Whether the root can run {@code terraform init} against the remote backend.
   *
   * @return true when the directory exists with a backend block
   */
  public boolean backendReady() {
    return dirExists && backendConfigured;
  }

  /**
   * Whether the stack declares something beyond its backend (not a skeleton).
   *
   * @return true when it declares at least one resource or module
   */
  public boolean materialized() {
    return backendReady() && resourceDeclarations > 0;
  }

  @Override
  public StackRoot withId(String newId) {
    return new StackRoot(newId, source, stack, dir, dirExists, backendConfigured, resourceDeclarations);
  }
}
