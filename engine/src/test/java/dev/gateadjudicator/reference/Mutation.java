package dev.gateadjudicator.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * One change the generator makes to a passing fact set, with what it says about itself.
 *
 * @param family the mutation family, e.g. {@code contradiction}
 * @param description what exactly changed, e.g. {@code nodegroup m6f-workers: status ACTIVE -> DEGRADED}
 * @param mustNotPass whether no policy may pass the result (a contradiction or a failed read)
 * @param apply the change, applied to a copy
 */
record Mutation(String family, String description, boolean mustNotPass, UnaryOperator<ObjectNode> apply) {
  @Override
  public String toString() {
    return family + ": " + description;
  }
}
