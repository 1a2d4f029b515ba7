package dev.gateadjudicator.result;

import java.util.List;

/**
 * A handle a lane's policy requires to be pinned, as {@code gate registry init} lists it.
 *
 * @param name the handle, for example {@code TF_STATE_BUCKET}
 * @param format the shape its pin must have, for example {@code TEXT}, {@code BOOLEAN}, {@code LIST}
 * @param uses where it is used: the code and check a bad pin raises (P0) and why it is required, sorted
 * @param when the condition under which it is required, for example {@code FLINK_RUNTIME_PATH_ACTIVE = MSF_MANAGED},
 *     or {@code null} when always
 */
public record HandleSpec(String name, String format, List<String> uses, String when) {
  /** Copies the list. */
  public HandleSpec {
    uses = List.copyOf(uses);
  }
}
