package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPattern;

/**
 * Every remote call a whole P0 phase collection makes through {@link P0World}'s front server, each with the
 * request it matches, its protocol family and the fact kind it feeds; a fault injected into one answers only the
 * requests of that call.
 */
public enum P0Call {
  /** S3 HeadBucket. */
  S3_HEAD_BUCKET(Call.Protocol.REST_XML, "s3_bucket"),
  /** S3 GetBucketEncryption. */
  S3_GET_BUCKET_ENCRYPTION(Call.Protocol.REST_XML, "s3_bucket"),
  /** S3 GetBucketVersioning. */
  S3_GET_BUCKET_VERSIONING(Call.Protocol.REST_XML, "s3_bucket"),
  /** S3 GetPublicAccessBlock. */
  S3_GET_PUBLIC_ACCESS_BLOCK(Call.Protocol.REST_XML, "s3_bucket"),
  /** DynamoDB DescribeTable of the lock table. */
  DDB_DESCRIBE_TABLE(Call.Protocol.JSON, "lock_table"),
  /** MSK DescribeClusterV2. */
  KAFKA_DESCRIBE_CLUSTER_V2(Call.Protocol.REST_JSON, "msk_cluster"),
  /** MSK GetBootstrapBrokers. */
  KAFKA_GET_BOOTSTRAP_BROKERS(Call.Protocol.REST_JSON, "msk_cluster"),
  /** SSM GetParameter (the bootstrap-broker parameter and the SSM secret paths). */
  SSM_GET_PARAMETER(Call.Protocol.JSON, "ssm_parameter"),
  /** Glue GetRegistry. */
  GLUE_GET_REGISTRY(Call.Protocol.JSON, "schema_registry"),
  /** Glue GetSchema of the anchor schema. */
  GLUE_GET_SCHEMA(Call.Protocol.JSON, "schema_registry"),
  /** Step Functions ListStateMachines (the handle pins a name). */
  SFN_LIST_STATE_MACHINES(Call.Protocol.JSON, "state_machine"),
  /** Step Functions DescribeStateMachine. */
  SFN_DESCRIBE_STATE_MACHINE(Call.Protocol.JSON, "state_machine"),
  /** IAM GetRole. */
  IAM_GET_ROLE(Call.Protocol.QUERY, "iam_role"),
  /** IAM ListAttachedRolePolicies. */
  IAM_LIST_ATTACHED_ROLE_POLICIES(Call.Protocol.QUERY, "tag_policy_conformance"),
  /** Resource Groups Tagging API GetResources. */
  TAGGING_GET_RESOURCES(Call.Protocol.JSON, "tag_policy_conformance"),
  /** KMS ListAliases. */
  KMS_LIST_ALIASES(Call.Protocol.JSON, "kms_alias"),
  /** KMS DescribeKey. */
  KMS_DESCRIBE_KEY(Call.Protocol.JSON, "kms_alias"),
  /** STS GetCallerIdentity (the budget's account). */
  STS_GET_CALLER_IDENTITY(Call.Protocol.QUERY, "ops_surface"),
  /** Budgets DescribeBudget. */
  BUDGETS_DESCRIBE_BUDGET(Call.Protocol.JSON, "ops_surface"),
  /** CloudWatch DescribeAlarms. */
  CW_DESCRIBE_ALARMS(Call.Protocol.QUERY, "ops_surface"),
  /** CloudWatch GetDashboard. */
  CW_GET_DASHBOARD(Call.Protocol.QUERY, "ops_surface"),
  /** S3 ListObjectsV2 of the evidence prefix the leak scan reads. */
  S3_LIST_EVIDENCE(Call.Protocol.REST_XML, "plaintext_leak_scan"),
  /** S3 GetObject of an evidence object the leak scan reads. */
  S3_GET_EVIDENCE_OBJECT(Call.Protocol.REST_XML, "plaintext_leak_scan"),
  /** S3 ListObjectsV2 of the published lane results. */
  S3_LIST_LANE_RESULTS(Call.Protocol.REST_XML, "lane_result"),
  /** S3 GetObject of a published execution summary. */
  S3_GET_LANE_SUMMARY(Call.Protocol.REST_XML, "lane_result");

  private final Call.Protocol protocol;
  private final String kind;

  P0Call(Call.Protocol protocol, String kind) {
    this.protocol = protocol;
    this.kind = kind;
  }

  /**
   * The request this call matches.
   *
   * @return a fresh mapping builder
   */
  public MappingBuilder request() {
    return switch (this) {
      case S3_HEAD_BUCKET -> head(urlPathMatching("/[^/]+/?"));
      case S3_GET_BUCKET_ENCRYPTION -> get(urlMatching("/[^/?]+/?\\?encryption.*"));
      case S3_GET_BUCKET_VERSIONING -> get(urlMatching("/[^/?]+/?\\?versioning.*"));
      case S3_GET_PUBLIC_ACCESS_BLOCK -> get(urlMatching("/[^/?]+/?\\?publicAccessBlock.*"));
      case DDB_DESCRIBE_TABLE -> target("DynamoDB_20120810.DescribeTable");
      case KAFKA_DESCRIBE_CLUSTER_V2 -> get(urlPathMatching("/api/v2/clusters/.+"));
      case KAFKA_GET_BOOTSTRAP_BROKERS -> get(urlPathMatching("/v1/clusters/.+/bootstrap-brokers"));
      case SSM_GET_PARAMETER -> target("AmazonSSM.GetParameter");
      case GLUE_GET_REGISTRY -> target("AWSGlue.GetRegistry");
      case GLUE_GET_SCHEMA -> target("AWSGlue.GetSchema");
      case SFN_LIST_STATE_MACHINES -> target("AWSStepFunctions.ListStateMachines");
      case SFN_DESCRIBE_STATE_MACHINE -> target("AWSStepFunctions.DescribeStateMachine");
      case IAM_GET_ROLE -> action("GetRole");
      case IAM_LIST_ATTACHED_ROLE_POLICIES -> action("ListAttachedRolePolicies");
      case TAGGING_GET_RESOURCES -> target("ResourceGroupsTaggingAPI_20170126.GetResources");
      case KMS_LIST_ALIASES -> target("TrentService.ListAliases");
      case KMS_DESCRIBE_KEY -> target("TrentService.DescribeKey");
      case STS_GET_CALLER_IDENTITY -> action("GetCallerIdentity");
      case BUDGETS_DESCRIBE_BUDGET -> target("AWSBudgetServiceGateway.DescribeBudget");
      case CW_DESCRIBE_ALARMS -> action("DescribeAlarms");
      case CW_GET_DASHBOARD -> action("GetDashboard");
      case S3_LIST_EVIDENCE -> get(urlPathMatching("/[^/]+/?")).withQueryParam("list-type", equalTo("2"))
          .withQueryParam("prefix", equalTo(P0World.EVIDENCE_SCAN_PREFIX));
      case S3_GET_EVIDENCE_OBJECT -> get(urlPathMatching("/[^/]+/" + P0World.EVIDENCE_SCAN_PREFIX + ".+"));
      case S3_LIST_LANE_RESULTS -> get(urlPathMatching("/[^/]+/?")).withQueryParam("list-type", equalTo("2"))
          .withQueryParam("prefix", matching(P0World.PUBLISH_PREFIX + ".*"));
      case S3_GET_LANE_SUMMARY -> get(urlPathMatching("/[^/]+/" + P0World.PUBLISH_PREFIX + ".+_execution_summary\\.json"));
    };
  }

  /**
   * The request pattern, to find the requests this call made.
   *
   * @return the pattern
   */
  public RequestPattern pattern() {
    return request().build().getRequest();
  }

  private static MappingBuilder target(String target) {
    return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  private static MappingBuilder action(String action) {
    return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
  }

  /**
   * The protocol family.
   *
   * @return the protocol
   */
  public Call.Protocol protocol() {
    return protocol;
  }

  /**
   * The fact kind this call feeds.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }
}
