package dev.gateadjudicator.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes a lane may record and the prefix its execution ids carry, from the lane's {@code codes} and
 * {@code prefix} in {@code taxonomy.json} (plus the phase's durable-publish blocker, which any lane may record).
 * A rolled-up {@code lane_result} whose codes fall outside its lane's family, or whose execution id names another
 * lane's execution, is inconsistent rollup evidence.
 *
 * @param lane the lane, for example {@code M2.E}
 * @param prefix its execution-id prefix, for example {@code m2e}
 * @param codes the codes it may record, sorted
 */
public record LaneFamily(String lane, String prefix, Set<String> codes) {
  /** Copies and sorts the codes. */
  public LaneFamily {
    codes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(codes));
  }

  /**
   * Whether this lane may record the code.
   *
   * @param code a blocker code
   * @return true when the code is in the family
   */
  public boolean owns(String code) {
    return codes.contains(code);
  }

  /**
   * The codes of a result that fall outside this family.
   *
   * @param recorded the codes a result records
   * @return those this lane may not record, sorted
   */
  public List<String> foreign(List<String> recorded) {
    return recorded.stream().filter(c -> !codes.contains(c)).distinct().sorted().toList();
  }

  /**
   * Whether an execution id names this lane's execution ({@code <prefix>_...}).
   *
   * @param executionId an execution id
   * @return true when it carries this lane's prefix
   */
  public boolean names(String executionId) {
    return executionId != null && executionId.startsWith(prefix + "_");
  }
}
