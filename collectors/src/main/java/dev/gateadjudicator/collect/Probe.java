package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.Fact;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One independent read: the facts it produces, or the collection error it becomes.
 *
 * @param collector the collector's name, for example {@code eks-nodegroup}
 * @param targetKind the fact kind it produces
 * @param target what it reads, for example a nodegroup name
 * @param read the read; it may throw, and the runner turns that into a {@code collection_error}
 */
record Probe(String collector, String targetKind, String target, Callable<List<Fact>> read) {
  /** Validates the fields. */
  public Probe {
    if (collector == null || targetKind == null || read == null) {
      throw new IllegalArgumentException("`collector`, `target_kind` and `read` are required");
    }
    target = target == null ? "" : target;
  }
}
