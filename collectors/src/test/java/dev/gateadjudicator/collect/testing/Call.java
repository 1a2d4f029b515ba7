package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

/** Every remote call a full P6 collection makes, each with the request it matches and its protocol. */
public enum Call {
  /** EKS DescribeCluster (REST-JSON). */
  EKS_DESCRIBE_CLUSTER(Protocol.REST_JSON, "runtime_substrate") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/clusters/[^/]+"));
    }
  },
  /** EKS DescribeNodegroup (REST-JSON). */
  EKS_DESCRIBE_NODEGROUP(Protocol.REST_JSON, "nodegroup") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/clusters/[^/]+/node-groups/[^/]+"));
    }
  },
  /** Kubernetes list nodes. */
  K8S_LIST_NODES(Protocol.KUBERNETES, "nodegroup") {
    @Override
    public MappingBuilder request() {
      return get(urlPathEqualTo("/api/v1/nodes"));
    }
  },
  /** Kubernetes get FlinkDeployment. */
  K8S_GET_FLINK_DEPLOYMENT(Protocol.KUBERNETES, "lane_state") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/apis/flink.apache.org/v1beta1/namespaces/[^/]+/flinkdeployments/[^/]+"));
    }
  },
  /** EMR on EKS DescribeVirtualCluster (REST-JSON). */
  EMR_DESCRIBE_VIRTUAL_CLUSTER(Protocol.REST_JSON, "runtime_substrate") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/virtualclusters/[^/]+"));
    }
  },
  /** EMR on EKS ListJobRuns (REST-JSON). */
  EMR_LIST_JOB_RUNS(Protocol.REST_JSON, "lane_state") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/virtualclusters/[^/]+/jobruns"));
    }
  },
  /** EMR on EKS DescribeJobRun (REST-JSON). */
  EMR_DESCRIBE_JOB_RUN(Protocol.REST_JSON, "lane_state") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/virtualclusters/[^/]+/jobruns/[^/]+"));
    }
  },
  /** Managed Service for Apache Flink DescribeApplication (JSON 1.1). */
  MSF_DESCRIBE_APPLICATION(Protocol.JSON, "lane_state") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("KinesisAnalytics_20180523.DescribeApplication"));
    }
  },
  /** DynamoDB Query/Scan counting run-window admissions (JSON 1.0). */
  DDB_COUNT_ADMISSIONS(Protocol.JSON, "admission_progress") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", containing("DynamoDB_20120810."))
          .withRequestBody(containing("admitted_at_epoch"));
    }
  },
  /** DynamoDB Scan counting PUBLISH_UNKNOWN records (JSON 1.0). */
  DDB_COUNT_PUBLISH_UNKNOWN(Protocol.JSON, "publish_ambiguity") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", containing("DynamoDB_20120810."))
          .withRequestBody(containing("PUBLISH_UNKNOWN"));
    }
  },
  /** CloudWatch GetMetricData for lag (query protocol). */
  CW_LAG(Protocol.QUERY, "lag_posture") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetMetricData"))
          .withRequestBody(containing("ig_admission_freshness_seconds"));
    }
  },
  /** CloudWatch GetMetricData for evidence overhead (query protocol). */
  CW_OVERHEAD(Protocol.QUERY, "evidence_overhead") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetMetricData"))
          .withRequestBody(containing("evidence_emit_latency_ms"));
    }
  },
  /** S3 HeadBucket (REST-XML). */
  S3_HEAD_BUCKET(Protocol.REST_XML, "s3_bucket") {
    @Override
    public MappingBuilder request() {
      return com.github.tomakehurst.wiremock.client.WireMock.head(urlPathMatching("/[^/]+/?"));
    }
  },
  /** S3 GetBucketEncryption (REST-XML). */
  S3_GET_BUCKET_ENCRYPTION(Protocol.REST_XML, "s3_bucket") {
    @Override
    public MappingBuilder request() {
      return get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/[^/?]+/?\\?encryption.*"));
    }
  },
  /** S3 GetBucketVersioning (REST-XML). */
  S3_GET_BUCKET_VERSIONING(Protocol.REST_XML, "s3_bucket") {
    @Override
    public MappingBuilder request() {
      return get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/[^/?]+/?\\?versioning.*"));
    }
  },
  /** S3 GetPublicAccessBlock (REST-XML). */
  S3_GET_PUBLIC_ACCESS_BLOCK(Protocol.REST_XML, "s3_bucket") {
    @Override
    public MappingBuilder request() {
      return get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/[^/?]+/?\\?publicAccessBlock.*"));
    }
  },
  /** DynamoDB DescribeTable (JSON 1.0). */
  DDB_DESCRIBE_TABLE(Protocol.JSON, "lock_table") {
    @Override
    public MappingBuilder request() {
      return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DescribeTable"));
    }
  },
  /** S3 ListObjectsV2 (REST-XML). */
  S3_LIST_OBJECTS(Protocol.REST_XML, "lane_result") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/[^/]+/?")).withQueryParam("list-type", equalTo("2"));
    }
  },
  /** S3 GetObject (REST-XML). */
  S3_GET_OBJECT(Protocol.REST_XML, "lane_result") {
    @Override
    public MappingBuilder request() {
      return get(urlPathMatching("/[^/]+/.+_execution_summary\\.json"));
    }
  };

  /** The wire protocol family of a call, which decides how its errors look. */
  public enum Protocol {
    /** REST with JSON bodies and {@code x-amzn-ErrorType}. */
    REST_JSON,
    /** AWS JSON 1.0/1.1 with {@code __type}. */
    JSON,
    /** AWS query with XML responses. */
    QUERY,
    /** REST with XML bodies (S3). */
    REST_XML,
    /** The Kubernetes API. */
    KUBERNETES
  }

  private final Protocol protocol;
  private final String kind;

  Call(Protocol protocol, String kind) {
    this.protocol = protocol;
    this.kind = kind;
  }

  /**
   * The request this call matches.
   *
   * @return a fresh mapping builder
   */
  public abstract MappingBuilder request();

  /**
   * The protocol family.
   *
   * @return the protocol
   */
  public Protocol protocol() {
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
