package dev.gateadjudicator.collect.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AWS-shaped and Kubernetes-shaped answers, with bodies following each API's reference
 * (EKS, EMR on EKS, Kinesis Analytics v2, DynamoDB, CloudWatch query protocol, S3, Kubernetes core and
 * the Flink operator's CRD).
 */
public final class Stubs {
  private Stubs() {}

  /**
   * A 200 with the call's content type.
   *
   * @param call the call
   * @param body the body
   * @return the response
   */
  public static ResponseDefinitionBuilder ok(Call call, String body) {
    return ok(call.protocol(), body);
  }

  /**
   * A 200 with a protocol family's content type.
   *
   * @param protocol the protocol
   * @param body the body
   * @return the response
   */
  public static ResponseDefinitionBuilder ok(Call.Protocol protocol, String body) {
    String type = switch (protocol) {
      case JSON -> "application/x-amz-json-1.1";
      case QUERY -> "text/xml";
      case REST_XML -> "application/xml";
      default -> "application/json";
    };
    return aResponse().withStatus(200).withHeader("Content-Type", type).withBody(body);
  }

  private static MappingBuilder path(String p) {
    return com.github.tomakehurst.wiremock.client.WireMock.get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(p));
  }

  static void stub(WireMockServer wm, Call call, MappingBuilder m, String body) {
    wm.stubFor(m.atPriority(5).willReturn(ok(call, body)));
  }

  /**
   * EKS DescribeCluster.
   *
   * @param wm the server
   * @param name cluster name
   * @param status cluster status
   */
  public static void eksCluster(WireMockServer wm, String name, String status) {
    stub(wm, Call.EKS_DESCRIBE_CLUSTER, Call.EKS_DESCRIBE_CLUSTER.request(), "{\"cluster\":{\"name\":\"" + name
        + "\",\"arn\":\"arn:aws:eks:eu-west-2:123456789012:cluster/" + name + "\",\"createdAt\":1.7718E9,"
        + "\"version\":\"1.31\",\"endpoint\":\"https://ABCDEF.gr7.eu-west-2.eks.amazonaws.com\","
        + "\"certificateAuthority\":{\"data\":\"LS0tLS1CRUdJTg==\"},\"status\":\"" + status + "\"}}");
  }

  /**
   * EKS DescribeNodegroup.
   *
   * @param wm the server
   * @param cluster cluster name
   * @param name nodegroup name
   * @param status nodegroup status
   * @param issues health issue codes
   */
  public static void eksNodegroup(WireMockServer wm, String cluster, String name, String status, List<String> issues) {
    String is = issues.stream().map(c -> "{\"code\":\"" + c + "\",\"message\":\"Instances failed to join the kubernetes cluster\","
        + "\"resourceIds\":[\"i-0abc\"]}").collect(Collectors.joining(","));
    stub(wm, Call.EKS_DESCRIBE_NODEGROUP,
        path("/clusters/" + cluster + "/node-groups/" + name),
        "{\"nodegroup\":{\"nodegroupName\":\"" + name + "\",\"clusterName\":\"" + cluster + "\",\"status\":\"" + status
            + "\",\"capacityType\":\"ON_DEMAND\",\"scalingConfig\":{\"minSize\":1,\"maxSize\":2,\"desiredSize\":2},"
            + "\"health\":{\"issues\":[" + is + "]}}}");
  }

  /**
   * Kubernetes nodes of a nodegroup.
   *
   * @param wm the server
   * @param nodegroup nodegroup name
   * @param ready Ready nodes
   * @param notReady NotReady nodes
   */
  public static void nodes(WireMockServer wm, String nodegroup, int ready, int notReady) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < ready + notReady; i++) {
      items.append(i == 0 ? "" : ",").append("{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"ip-10-0-1-")
          .append(i).append(".eu-west-2.compute.internal\",\"labels\":{\"eks.amazonaws.com/nodegroup\":\"").append(nodegroup)
          .append("\"}},\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"")
          .append(i < ready ? "True" : "False").append("\"}]}}");
    }
    stub(wm, Call.K8S_LIST_NODES, Call.K8S_LIST_NODES.request()
        .withQueryParam("labelSelector", equalTo("eks.amazonaws.com/nodegroup=" + nodegroup)),
        "{\"apiVersion\":\"v1\",\"kind\":\"NodeList\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[" + items + "]}");
  }

  /**
   * A FlinkDeployment with a job state ({@code null} for none yet).
   *
   * @param wm the server
   * @param namespace namespace
   * @param name deployment name
   * @param state job state or {@code null}
   */
  public static void flinkDeployment(WireMockServer wm, String namespace, String name, String state) {
    String status = state == null ? "{\"lifecycleState\":\"CREATED\"}"
        : "{\"lifecycleState\":\"STABLE\",\"jobStatus\":{\"jobName\":\"" + name + "-job\",\"jobId\":\"0f3c\",\"state\":\""
            + state + "\"}}";
    stub(wm, Call.K8S_GET_FLINK_DEPLOYMENT, path(
        "/apis/flink.apache.org/v1beta1/namespaces/" + namespace + "/flinkdeployments/" + name),
        "{\"apiVersion\":\"flink.apache.org/v1beta1\",\"kind\":\"FlinkDeployment\",\"metadata\":{\"name\":\"" + name
            + "\",\"namespace\":\"" + namespace + "\"},\"spec\":{\"flinkVersion\":\"v1_18\"},\"status\":" + status + "}");
  }

  /**
   * EMR on EKS DescribeVirtualCluster.
   *
   * @param wm the server
   * @param id virtual cluster id
   * @param state its state
   */
  public static void emrVirtualCluster(WireMockServer wm, String id, String state) {
    stub(wm, Call.EMR_DESCRIBE_VIRTUAL_CLUSTER, path("/virtualclusters/" + id),
        "{\"virtualCluster\":{\"id\":\"" + id + "\",\"name\":\"fraud-platform-dev-full\",\"arn\":\"arn:aws:emr-containers:"
            + "eu-west-2:123456789012:/virtualclusters/" + id + "\",\"state\":\"" + state + "\","
            + "\"createdAt\":\"2026-02-20T09:12:44Z\",\"containerProvider\":"
            + "{\"type\":\"EKS\",\"id\":\"fraud-platform-dev-full\",\"info\":{\"eksInfo\":{\"namespace\":\"emr\"}}}}}");
  }

  /**
   * EMR on EKS ListJobRuns and DescribeJobRun for one named job run.
   *
   * @param wm the server
   * @param vc virtual cluster id
   * @param name job run name
   * @param id job run id
   * @param state its state
   */
  public static void emrJobRun(WireMockServer wm, String vc, String name, String id, String state) {
    String run = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"virtualClusterId\":\"" + vc + "\",\"state\":\""
        + state + "\",\"createdAt\":\"2026-02-25T16:40:00Z\",\"createdBy\":\"arn:aws:iam::123456789012:role/ci\","
        + "\"releaseLabel\":\"emr-6.15.0-latest\"}";
    stub(wm, Call.EMR_LIST_JOB_RUNS, Call.EMR_LIST_JOB_RUNS.request().withQueryParam("name", equalTo(name)),
        "{\"jobRuns\":[" + run + "]}");
    stub(wm, Call.EMR_DESCRIBE_JOB_RUN, path(
        "/virtualclusters/" + vc + "/jobruns/" + id), "{\"jobRun\":" + run + "}");
  }

  /**
   * Kinesis Analytics v2 DescribeApplication.
   *
   * @param wm the server
   * @param name application name
   * @param status application status
   */
  public static void msfApplication(WireMockServer wm, String name, String status) {
    stub(wm, Call.MSF_DESCRIBE_APPLICATION, Call.MSF_DESCRIBE_APPLICATION.request()
        .withRequestBody(matchingJsonPath("$.ApplicationName", equalTo(name))),
        "{\"ApplicationDetail\":{\"ApplicationARN\":\"arn:aws:kinesisanalytics:eu-west-2:123456789012:application/" + name
            + "\",\"ApplicationName\":\"" + name + "\",\"RuntimeEnvironment\":\"FLINK-1_18\",\"ApplicationStatus\":\""
            + status + "\",\"ApplicationVersionId\":3,\"CreateTimestamp\":1.7718624E9,"
            + "\"LastUpdateTimestamp\":1.772037600123E9}}");
  }

  /**
   * DynamoDB counts (Select COUNT) for admissions and PUBLISH_UNKNOWN records, on one page each.
   *
   * @param wm the server
   * @param admissions admissions counted
   * @param unknown PUBLISH_UNKNOWN records counted
   */
  public static void dynamoCounts(WireMockServer wm, long admissions, long unknown) {
    stub(wm, Call.DDB_COUNT_ADMISSIONS, Call.DDB_COUNT_ADMISSIONS.request(),
        "{\"Count\":" + admissions + ",\"ScannedCount\":" + (admissions + 40) + "}");
    stub(wm, Call.DDB_COUNT_PUBLISH_UNKNOWN, Call.DDB_COUNT_PUBLISH_UNKNOWN.request(),
        "{\"Count\":" + unknown + ",\"ScannedCount\":" + (unknown + 40) + "}");
  }

  /**
   * CloudWatch GetMetricData for lag: newest first, or no datapoints.
   *
   * @param wm the server
   * @param values datapoint values, newest first (empty for none)
   */
  public static void lag(WireMockServer wm, List<Double> values) {
    stub(wm, Call.CW_LAG, Call.CW_LAG.request(), metricData(Map.of("lag", values)));
  }

  /**
   * CloudWatch GetMetricData for evidence overhead.
   *
   * @param wm the server
   * @param latencyP95 p95 latency
   * @param bytesPerEvent bytes per event
   * @param writeRate write rate
   */
  public static void overhead(WireMockServer wm, double latencyP95, double bytesPerEvent, double writeRate) {
    stub(wm, Call.CW_OVERHEAD, Call.CW_OVERHEAD.request(), metricData(Map.of(
        "latency", List.of(latencyP95), "bytes", List.of(bytesPerEvent), "rate", List.of(writeRate))));
  }

  /**
   * A GetMetricData response in the query protocol's XML.
   *
   * @param series values by query id
   * @return the XML
   */
  public static String metricData(Map<String, List<Double>> series) {
    StringBuilder b = new StringBuilder("<GetMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
        + "<GetMetricDataResult><MetricDataResults>");
    series.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      b.append("<member><Id>").append(e.getKey()).append("</Id><Label>").append(e.getKey())
          .append("</Label><StatusCode>Complete</StatusCode><Timestamps>");
      for (int i = 0; i < e.getValue().size(); i++) {
        b.append("<member>2026-02-25T17:").append(String.format("%02d", 19 - i)).append(":00Z</member>");
      }
      b.append("</Timestamps><Values>");
      e.getValue().forEach(v -> b.append("<member>").append(v).append("</member>"));
      b.append("</Values></member>");
    });
    return b.append("</MetricDataResults><Messages/></GetMetricDataResult><ResponseMetadata><RequestId>r-1</RequestId>"
        + "</ResponseMetadata></GetMetricDataResponse>").toString();
  }

  /**
   * S3 ListObjectsV2 and GetObject for execution summaries under a prefix.
   *
   * @param wm the server
   * @param bucket bucket
   * @param objects object bodies by key
   */
  public static void s3Objects(WireMockServer wm, String bucket, Map<String, String> objects) {
    StringBuilder list = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult "
        + "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket + "</Name><Prefix></Prefix><KeyCount>"
        + objects.size() + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
    objects.keySet().stream().sorted().forEach(k -> list.append("<Contents><Key>").append(k)
        .append("</Key><LastModified>2026-02-25T17:30:00.000Z</LastModified><Size>100</Size>"
            + "<StorageClass>STANDARD</StorageClass></Contents>"));
    stub(wm, Call.S3_LIST_OBJECTS, Call.S3_LIST_OBJECTS.request(), list.append("</ListBucketResult>").toString());
    objects.forEach((k, v) -> stub(wm, Call.S3_GET_OBJECT,
        path("/" + bucket + "/" + k), v));
  }
}
