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
  @JsonSubTypes.Type(value = S3Bucket.class, name = "s3_bucket"),
  @JsonSubTypes.Type(value = LockTable.class, name = "lock_table"),
  @JsonSubTypes.Type(value = StackRoot.class, name = "stack_root"),
  @JsonSubTypes.Type(value = CommandReceipt.class, name = "command_receipt"),
  @JsonSubTypes.Type(value = StackOutput.class, name = "stack_output"),
  @JsonSubTypes.Type(value = KmsAlias.class, name = "kms_alias"),
  @JsonSubTypes.Type(value = TagPolicyConformance.class, name = "tag_policy_conformance"),
  @JsonSubTypes.Type(value = MskCluster.class, name = "msk_cluster"),
  @JsonSubTypes.Type(value = SsmParameter.class, name = "ssm_parameter"),
  @JsonSubTypes.Type(value = SchemaRegistry.class, name = "schema_registry"),
  @JsonSubTypes.Type(value = LaneBinding.class, name = "lane_binding"),
  @JsonSubTypes.Type(value = StateMachine.class, name = "state_machine"),
  @JsonSubTypes.Type(value = IamRole.class, name = "iam_role"),
  @JsonSubTypes.Type(value = SecretPath.class, name = "secret_path"),
  @JsonSubTypes.Type(value = PlaintextLeakScan.class, name = "plaintext_leak_scan"),
  @JsonSubTypes.Type(value = OpsSurface.class, name = "ops_surface"),
  @JsonSubTypes.Type(value = DestroyRecoverRehearsal.class, name = "destroy_recover_rehearsal"),
  @JsonSubTypes.Type(value = LaneResult.class, name = "lane_result"),
  @JsonSubTypes.Type(value = CollectionError.class, name = "collection_error"),
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
        CollectionError {

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
   * A copy of this fact carrying the given id.
   *
   * @param id the new id
   * @return a fact equal to this one but for its id
   */
  Fact withId(String id);
}
