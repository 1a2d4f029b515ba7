package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.SortedMap;

/**
 * One observation in a fact set: what a collector read, or a reason it could not read it.
 *
 * <p>Every fact has a {@code kind} (its JSON discriminator), an optional {@code id} (filled in
 * from a content digest when the fact set does not give one) and an optional {@code source}
 * naming where it was read (for example {@code eks:DescribeNodegroup}).
 *
 * <p>A fact kind is described once: a record in this package that this interface {@code permits}, named on the
 * wire by its {@link com.fasterxml.jackson.annotation.JsonTypeName}, with its constraints and subject identity in
 * {@code schemas/facts/<kind>.schema.json}. The JSON subtype registration ({@link #kinds()}) and the fact-set
 * schema's per-kind dispatch are derived from those two; a test fails when a record has no schema or a schema no
 * record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonTypeIdResolver(FactKinds.Resolver.class)
public sealed interface Fact
    permits GateVerdictFact,
        RuntimeSubstrate,
        Nodegroup,
        LaneState,
        AdmissionProgress,
        LagPosture,
        PublishAmbiguity,
        EvidenceOverhead,
        S3Bucket,
        LockTable,
        StackRoot,
        CommandReceipt,
        StackOutput,
        KmsAlias,
        TagPolicyConformance,
        MskCluster,
        SsmParameter,
        SchemaRegistry,
        LaneBinding,
        StateMachine,
        IamRole,
        SecretPath,
        PlaintextLeakScan,
        OpsSurface,
        DestroyRecoverRehearsal,
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
   * Every fact kind: its wire name and its record, derived from the permitted subclasses of this interface.
   *
   * @return the record class of each kind, sorted by kind
   */
  static SortedMap<String, Class<? extends Fact>> kinds() {
    return FactKinds.all();
  }

  /**
   * A copy of this fact carrying the given id.
   *
   * @param id the new id
   * @return a fact equal to this one but for its id
   */
  Fact withId(String id);
}
