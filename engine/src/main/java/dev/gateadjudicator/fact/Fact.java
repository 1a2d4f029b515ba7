package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One observation in a fact set: what a collector read, or a reason it could not read it.
 *
 * <p>Every fact has a {@code kind} (its JSON discriminator), an optional {@code id} (filled in
 * from a content digest when the fact set does not give one) and an optional {@code source}
 * naming where it was read (for example {@code eks:DescribeNodegroup}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = GateVerdictFact.class, name = "gate_verdict"),
  @JsonSubTypes.Type(value = RuntimeSubstrate.class, name = "runtime_substrate"),
  @JsonSubTypes.Type(value = Nodegroup.class, name = "nodegroup"),
  @JsonSubTypes.Type(value = LaneState.class, name = "lane_state"),
  @JsonSubTypes.Type(value = AdmissionProgress.class, name = "admission_progress"),
  @JsonSubTypes.Type(value = LagPosture.class, name = "lag_posture"),
  @JsonSubTypes.Type(value = PublishAmbiguity.class, name = "publish_ambiguity"),
  @JsonSubTypes.Type(value = EvidenceOverhead.class, name = "evidence_overhead"),
  @JsonSubTypes.Type(value = LaneResult.class, name = "lane_result"),
  @JsonSubTypes.Type(value = CollectionError.class, name = "collection_error"),
  @JsonSubTypes.Type(value = Waiver.class, name = "waiver"),
})
public sealed interface Fact
    permits GateVerdictFact,
        RuntimeSubstrate,
        Nodegroup,
        LaneState,
        AdmissionProgress,
        LagPosture,
        PublishAmbiguity,
        EvidenceOverhead,
        LaneResult,
        CollectionError,
        Waiver {

  /**
   * The fact's identifier, unique within its fact set.
   *
   * @return the id, or {@code null} before the fact set assigns one
   */
  String id();

  /**
   * Where the fact was read, for example {@code eks:DescribeNodegroup}.
   *
   * @return the source, or {@code null} when not recorded
   */
  String source();

  /**
   * The wire name of this fact's kind, for example {@code lane_state}.
   *
   * @return the kind
   */
  default String kind() {
    return FactKinds.kindOf(getClass());
  }

  /**
   * This fact as compact canonical JSON (sorted keys, with its {@code kind}).
   *
   * @return the JSON text
   */
  default String toJson() {
    return dev.gateadjudicator.internal.Json.compact(this);
  }

  /**
   * A copy of this fact carrying the given id.
   *
   * @param id the new id
   * @return a fact equal to this one but for its id
   */
  Fact withId(String id);
}
