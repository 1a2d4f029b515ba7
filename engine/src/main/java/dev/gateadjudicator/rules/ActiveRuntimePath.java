package dev.gateadjudicator.rules;

import dev.gateadjudicator.fact.Handle;
import dev.gateadjudicator.fact.RuntimePath;
import dev.gateadjudicator.result.FactRef;
import java.util.List;

/**
 * The runtime path a phase runs on, derived from a pinned handle such as {@code FLINK_RUNTIME_PATH_ACTIVE}.
 *
 * @param path the path
 * @param handle the handle it was read from
 */
public record ActiveRuntimePath(RuntimePath path, Handle handle) implements Derived {
  /**
   * The path a handle names, if it names a known one.
   *
   * @param handle a handle
   * @return the derived fact, or {@code null} when the handle names no known path
   */
  public static ActiveRuntimePath of(Handle handle) {
    RuntimePath p = RuntimePath.parse(handle.text());
    return p == null ? null : new ActiveRuntimePath(p, handle);
  }

  @Override
  public List<FactRef> facts() {
    return List.of(Findings.ref(handle));
  }
}
