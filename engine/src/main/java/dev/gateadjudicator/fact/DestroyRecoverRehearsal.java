package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * A bounded destroy/recover rehearsal of one stack.
 *
 * @param id fact id
 * @param source where it was read
 * @param stack the stack
 * @param destroyed whether the destroy completed
 * @param recovered whether the re-apply completed
 * @param stateIntegrityOk whether the remote state is intact after recovery
 * @param driftDetected whether a post-recovery plan found drift from the expected handles
 * @param residuals resources left behind after the destroy, sorted
 */
@JsonTypeName("destroy_recover_rehearsal")
public record DestroyRecoverRehearsal(
    String id,
    String source,
    Stack stack,
    boolean destroyed,
    boolean recovered,
    boolean stateIntegrityOk,
    boolean driftDetected,
    List<String> residuals)
    implements Fact {
  /** Validates the fields and sorts the residuals. */
  public DestroyRecoverRehearsal {
    Require.present(stack, "stack");
    residuals = Require.sortedCopy(residuals, "residuals");
  }

  /**
   * Whether the rehearsal completed both ways.
   *
   * @return true when destroyed and recovered
   */
  public boolean completed() {
    return destroyed && recovered;
  }

  /**
   * Whether the rehearsal left no residual risk: state intact, no drift, nothing left behind.
   *
   * @return true when clean
   */
  public boolean clean() {
    return stateIntegrityOk && !driftDetected && residuals.isEmpty();
  }

  @Override
  public DestroyRecoverRehearsal withId(String newId) {
    return new DestroyRecoverRehearsal(
        newId, source, stack, destroyed, recovered, stateIntegrityOk, driftDetected, residuals);
  }
}
