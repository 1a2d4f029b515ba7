package dev.gateadjudicator.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A phase's history per lane, derived from the recorded decisions: within a lane and platform run, the latest
 * execution by {@code captured_at} (then execution id) is effective and every earlier one superseded, whatever the
 * order they were recorded in; a decision a recorded re-audit changed says so.
 */
public final class Timeline {
  /** The latest execution of its lane and platform run. */
  public static final String EFFECTIVE = "effective";
  /** An earlier execution of its lane and platform run. */
  public static final String SUPERSEDED = "superseded";

  private Timeline() {}

  /**
   * One row of the timeline.
   *
   * @param decision the recorded decision
   * @param status {@link #EFFECTIVE} or {@link #SUPERSEDED}
   * @param supersededBy the execution that superseded it, or {@code null}
   * @param reaudits what recorded re-audits said about it, e.g. {@code REOPENED under default sha256:1a2b3c4d5e6f}
   */
  public record Row(Decision decision, String status, String supersededBy, List<String> reaudits) {
    /** Copies the list. */
    public Row {
      reaudits = List.copyOf(reaudits);
    }
  }

  /**
   * The timeline of the given decisions, filtered, ordered by lane, capture time and execution id.
   *
   * @param decisions recorded decisions
   * @param changes recorded re-audit changes
   * @param lane only this lane, or {@code null}
   * @param platformRunId only this platform run, or {@code null}
   * @return the rows
   */
  public static List<Row> of(List<Decision> decisions, List<Ledger.RecordedChange> changes, String lane,
      String platformRunId) {
    List<Decision> kept = decisions.stream()
        .filter(d -> lane == null || lane.equals(d.lane()))
        .filter(d -> platformRunId == null || platformRunId.equals(d.platformRunId()))
        .sorted(Comparator.comparing(Decision::lane).thenComparing(Decision::capturedAt)
            .thenComparing(Decision::executionId).thenComparing(Decision::policyName))
        .toList();
    List<Row> rows = new ArrayList<>();
    for (Decision d : kept) {
      String later = kept.stream()
          .filter(o -> o.lane().equals(d.lane()) && Objects.equals(o.platformRunId(), d.platformRunId()))
          .filter(o -> o.capturedAt().isAfter(d.capturedAt())
              || o.capturedAt().equals(d.capturedAt()) && o.executionId().compareTo(d.executionId()) > 0)
          .map(Decision::executionId).findFirst().orElse(null);
      List<String> notes = changes.stream().filter(c -> c.decisionId().equals(d.decisionId()))
          .map(c -> c.kind() + " under " + c.policyName() + " sha256:" + c.policyDigest().substring(0, 12)
              + " (" + c.newLabel() + ")")
          .toList();
      rows.add(new Row(d, later == null ? EFFECTIVE : SUPERSEDED, later, notes));
    }
    return rows;
  }
}
