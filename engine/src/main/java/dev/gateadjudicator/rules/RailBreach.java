package dev.gateadjudicator.rules;

import dev.gateadjudicator.result.FactRef;
import java.util.List;

/**
 * A derived fact: a managed-first control rail's handles do not conform. Lane and gate rules turn it into
 * the code they own (for example {@code M2D-B5} in M2.D, {@code M2-B10} in M2.J).
 *
 * @param rail the rail
 * @param subject the handle at fault
 * @param detail what does not conform
 * @param facts the facts and handles involved
 */
public record RailBreach(Rail rail, String subject, String detail, List<FactRef> facts) implements Derived {
  /** Copies the references. */
  public RailBreach {
    facts = List.copyOf(facts);
  }

  /**
   * A breach found on one pinned handle.
   *
   * @param rail the rail
   * @param handle the handle at fault
   * @param detail what does not conform
   * @return the breach
   */
  public static RailBreach of(Rail rail, dev.gateadjudicator.fact.Handle handle, String detail) {
    return new RailBreach(rail, handle.name(), detail, List.of(Findings.ref(handle)));
  }

  /** The four managed-first control rails of P0. */
  public enum Rail {
    /** Single active runtime path per phase run. */
    RUNTIME_PATH,
    /** SR READY commit authority is Step Functions only. */
    SR_AUTHORITY,
    /** The IG edge envelope handle set. */
    IG_EDGE,
    /** The cross-runtime correlation contract. */
    CORRELATION
  }
}
