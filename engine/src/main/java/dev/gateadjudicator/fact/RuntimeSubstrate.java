package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Whether the substrate of a runtime path is available (an EMR virtual cluster, an MSF application...).
 *
 * @param id fact id
 * @param source where it was read
 * @param runtimePath the runtime path this substrate serves
 * @param ref the substrate's reference, for example a virtual cluster id
 * @param available whether it is usable
 * @param detail what was observed
 */
@JsonTypeName("runtime_substrate")
public record RuntimeSubstrate(
    String id, String source, RuntimePath runtimePath, String ref, boolean available, String detail)
    implements Fact {
  /** Validates the fields. */
  public RuntimeSubstrate {
    Require.present(runtimePath, "runtime_path");
  }

  @Override
  public RuntimeSubstrate withId(String newId) {
    return new RuntimeSubstrate(newId, source, runtimePath, ref, available, detail);
  }
}
