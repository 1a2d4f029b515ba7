package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.Stack;

/**
 * A policy-table row: the current lane materializes a Terraform stack. Its root must be materialized
 * (else {@code materializeCode}), its init/validate/plan/apply/output receipts must succeed (else
 * {@code applyCode}) and be present and consistent with each other (else {@code evidenceCode}).
 *
 * @param stack the stack
 * @param materializeCode code for a missing or skeleton stack root
 * @param applyCode code for a failed command
 * @param evidenceCode code for missing or inconsistent receipts
 * @param applyCheck check the root and command findings are reported under
 * @param evidenceCheck check the receipt evidence findings are reported under
 */
public record StackRequirement(
    Stack stack, String materializeCode, String applyCode, String evidenceCode, String applyCheck,
    String evidenceCheck) {}
