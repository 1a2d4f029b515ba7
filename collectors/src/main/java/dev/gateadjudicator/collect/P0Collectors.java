package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.BucketRole;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.IamRole;
import dev.gateadjudicator.fact.LockTable;
import dev.gateadjudicator.fact.MskCluster;
import dev.gateadjudicator.fact.OpsSurface;
import dev.gateadjudicator.fact.OpsSurfaceType;
import dev.gateadjudicator.fact.S3Bucket;
import dev.gateadjudicator.fact.SchemaRegistry;
import dev.gateadjudicator.fact.SecretPath;
import dev.gateadjudicator.fact.SsmParameter;
import dev.gateadjudicator.fact.StateMachine;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

/**
 * The P0 substrate reads. Existence checks answer {@code exists: false} (or {@code queryable: false})
 * for a missing resource instead of an error. Values of parameters and secrets are never kept.
 *
 * <ul>
 *   <li>{@code s3_bucket}: S3 {@code HeadBucket}, {@code GetBucketEncryption}, {@code GetBucketVersioning},
 *       {@code GetPublicAccessBlock} of each bucket role's handle ({@code TF_STATE_BUCKET}, {@code S3_*_BUCKET}).
 *   <li>{@code lock_table}: DynamoDB {@code DescribeTable} of {@code TF_LOCK_TABLE}.
 *   <li>{@code msk_cluster}: MSK {@code DescribeClusterV2} and {@code GetBootstrapBrokers} of {@code MSK_CLUSTER_ARN}.
 *   <li>{@code ssm_parameter}: SSM {@code GetParameter} (no decryption; the value is dropped) of
 *       {@code SSM_MSK_BOOTSTRAP_BROKERS_PATH}.
 *   <li>{@code schema_registry}: Glue {@code GetRegistry} of {@code GLUE_SCHEMA_REGISTRY_NAME} and {@code GetSchema}
 *       of {@code GLUE_ANCHOR_SCHEMA_NAME}.
 *   <li>{@code state_machine}: Step Functions {@code DescribeStateMachine} of {@code SR_READY_COMMIT_STATE_MACHINE}
 *       (an ARN, or a name resolved with {@code ListStateMachines}).
 *   <li>{@code iam_role}: IAM {@code GetRole} of each {@code ROLE_*} handle the lane names.
 *   <li>{@code secret_path}: each handle in {@code SECRET_PATH_HANDLES} (default: the secret path handles the lane's
 *       policy requires): an SSM path ({@code /...}) with SSM {@code GetParameter} without decryption, anything else
 *       with Secrets Manager {@code DescribeSecret} (metadata only: {@code readable} means the identity may read its
 *       metadata and, for a secret, it is not scheduled for deletion).
 *   <li>{@code ops_surface}: Budgets {@code DescribeBudget} of {@code OPS_BUDGET_NAME} (account from STS
 *       {@code GetCallerIdentity}), CloudWatch {@code DescribeAlarms} of {@code OPS_ALARM_NAMES} and
 *       {@code GetDashboard} of {@code OPS_DASHBOARD_NAME}.
 * </ul>
 */
final class P0Collectors {
  private P0Collectors() {}

  /**
   * The S3 posture probes of the bucket roles whose handles the lane names.
   *
   * @param ctx the context
   * @param laneHandles the handles the lane's snapshots name
   * @return one probe per bucket role
   */
  public static List<Probe> buckets(Context ctx, List<String> laneHandles) {
    List<Probe> out = new ArrayList<>();
    for (BucketRole role : BucketRole.values()) {
      if (laneHandles.contains(role.handle())) {
        out.add(new Probe("s3-bucket-posture", "s3_bucket", role.handle(), () -> List.of(bucket(ctx, role))));
      }
    }
    return out;
  }

  private static Fact bucket(Context ctx, BucketRole role) {
    String name = ctx.required(role.handle());
    S3Client s3 = ctx.clients().s3();
    String source = "s3:HeadBucket+GetBucketEncryption+GetBucketVersioning+GetPublicAccessBlock";
    try {
      s3.headBucket(r -> r.bucket(name));
    } catch (software.amazon.awssdk.services.s3.model.NoSuchBucketException e) {
      return new S3Bucket(null, source, name, role, false, false, false, false, false, false, false);
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) {
        return new S3Bucket(null, source, name, role, false, false, false, false, false, false, false);
      }
      throw e;
    }
    boolean encrypted;
    try {
      encrypted = s3.getBucketEncryption(r -> r.bucket(name)).serverSideEncryptionConfiguration().rules().stream()
          .anyMatch(r -> r.applyServerSideEncryptionByDefault() != null
              && r.applyServerSideEncryptionByDefault().sseAlgorithm() != null);
    } catch (AwsServiceException e) {
      if (!code(e).equals("ServerSideEncryptionConfigurationNotFoundError")) {
        throw e;
      }
      encrypted = false;
    }
    boolean versioned = "Enabled".equals(s3.getBucketVersioning(r -> r.bucket(name)).statusAsString());
    PublicAccessBlockConfiguration pab;
    try {
      pab = s3.getPublicAccessBlock(r -> r.bucket(name)).publicAccessBlockConfiguration();
    } catch (AwsServiceException e) {
      if (!code(e).equals("NoSuchPublicAccessBlockConfiguration")) {
        throw e;
      }
      pab = PublicAccessBlockConfiguration.builder().build();
    }
    return new S3Bucket(null, source, name, role, true, encrypted, versioned, Boolean.TRUE.equals(pab.blockPublicAcls()),
        Boolean.TRUE.equals(pab.ignorePublicAcls()), Boolean.TRUE.equals(pab.blockPublicPolicy()),
        Boolean.TRUE.equals(pab.restrictPublicBuckets()));
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "" : e.awsErrorDetails().errorCode();
  }

  /**
   * The Terraform lock table probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe lockTable(Context ctx) {
    return new Probe("dynamodb-lock-table", "lock_table", "TF_LOCK_TABLE", () -> {
      String table = ctx.required("TF_LOCK_TABLE");
      TableDescription t;
      try {
        t = ctx.clients().dynamodb().describeTable(r -> r.tableName(table)).table();
      } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
        return List.of(new LockTable(null, "dynamodb:DescribeTable", table, false, null, null, null));
      }
      String hash = t.keySchema().stream().filter(k -> "HASH".equals(k.keyTypeAsString()))
          .map(k -> k.attributeName()).findFirst().orElse(null);
      String type = t.attributeDefinitions().stream().filter(a -> a.attributeName().equals(hash))
          .map(a -> a.attributeTypeAsString()).findFirst().orElse(null);
      return List.of(new LockTable(null, "dynamodb:DescribeTable", table, true, t.tableStatusAsString(), hash, type));
    });
  }

  /**
   * The MSK cluster probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe msk(Context ctx) {
    return new Probe("msk-cluster", "msk_cluster", "MSK_CLUSTER_ARN", () -> {
      String arn = ctx.required("MSK_CLUSTER_ARN");
      var kafka = ctx.clients().kafka();
      Cluster c = kafka.describeClusterV2(r -> r.clusterArn(arn)).clusterInfo();
      String auth = null;
      if (c.serverless() != null && c.serverless().clientAuthentication() != null
          && c.serverless().clientAuthentication().sasl() != null
          && c.serverless().clientAuthentication().sasl().iam() != null
          && Boolean.TRUE.equals(c.serverless().clientAuthentication().sasl().iam().enabled())) {
        auth = "SASL_IAM";
      } else if (c.provisioned() != null && c.provisioned().clientAuthentication() != null) {
        var ca = c.provisioned().clientAuthentication();
        if (ca.sasl() != null && ca.sasl().iam() != null && Boolean.TRUE.equals(ca.sasl().iam().enabled())) {
          auth = "SASL_IAM";
        } else if (ca.sasl() != null && ca.sasl().scram() != null && Boolean.TRUE.equals(ca.sasl().scram().enabled())) {
          auth = "SASL_SCRAM";
        } else if (ca.tls() != null && Boolean.TRUE.equals(ca.tls().enabled())) {
          auth = "TLS";
        } else if (ca.unauthenticated() != null && Boolean.TRUE.equals(ca.unauthenticated().enabled())) {
          auth = "UNAUTHENTICATED";
        }
      }
      var brokers = kafka.getBootstrapBrokers(r -> r.clusterArn(arn));
      boolean present = brokers.bootstrapBrokerStringSaslIam() != null && !brokers.bootstrapBrokerStringSaslIam().isBlank();
      String mode = c.clusterTypeAsString();
      return List.of(new MskCluster(null, "kafka:DescribeClusterV2+GetBootstrapBrokers", c.clusterName(), c.clusterArn(),
          c.stateAsString(), "SERVERLESS".equals(mode) || "PROVISIONED".equals(mode) ? mode : null, auth, present));
    });
  }

  /**
   * The SSM parameter metadata probe.
   *
   * @param ctx the context
   * @param handle the handle naming the parameter path
   * @return the probe
   */
  public static Probe ssmParameter(Context ctx, String handle) {
    return new Probe("ssm-parameter", "ssm_parameter", handle, () -> {
      String path = ctx.required(handle);
      try {
        var p = ctx.clients().ssm().getParameter(r -> r.name(path).withDecryption(false)).parameter();
        // Only metadata is kept: the (still encrypted) value is dropped here.
        return List.of(new SsmParameter(null, "ssm:GetParameter", path, true, p.typeAsString(), p.version()));
      } catch (software.amazon.awssdk.services.ssm.model.ParameterNotFoundException e) {
        return List.of(new SsmParameter(null, "ssm:GetParameter", path, false, null, null));
      }
    });
  }

  /**
   * The Glue schema registry probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe schemaRegistry(Context ctx) {
    return new Probe("glue-schema-registry", "schema_registry", "GLUE_SCHEMA_REGISTRY_NAME", () -> {
      String name = ctx.required("GLUE_SCHEMA_REGISTRY_NAME");
      var glue = ctx.clients().glue();
      try {
        glue.getRegistry(r -> r.registryId(i -> i.registryName(name)));
      } catch (software.amazon.awssdk.services.glue.model.EntityNotFoundException e) {
        return List.of(new SchemaRegistry(null, "glue:GetRegistry", name, false, null, false));
      }
      String anchor = ctx.optional("GLUE_ANCHOR_SCHEMA_NAME");
      if (anchor == null) {
        return List.of(new SchemaRegistry(null, "glue:GetRegistry", name, true, null, false));
      }
      try {
        var s = glue.getSchema(r -> r.schemaId(i -> i.registryName(name).schemaName(anchor)));
        return List.of(new SchemaRegistry(null, "glue:GetRegistry+GetSchema", name, true, s.compatibilityAsString(), true));
      } catch (software.amazon.awssdk.services.glue.model.EntityNotFoundException e) {
        return List.of(new SchemaRegistry(null, "glue:GetRegistry+GetSchema", name, true, null, false));
      }
    });
  }

  /**
   * The Step Functions state machine probe.
   *
   * @param ctx the context
   * @return the probe
   */
  public static Probe stateMachine(Context ctx) {
    return new Probe("sfn-state-machine", "state_machine", "SR_READY_COMMIT_STATE_MACHINE", () -> {
      String ref = ctx.required("SR_READY_COMMIT_STATE_MACHINE");
      var sfn = ctx.clients().sfn();
      String arn = ref.startsWith("arn:") ? ref : sfn.listStateMachinesPaginator(r -> { }).stateMachines().stream()
          .filter(m -> m.name().equals(ref)).map(m -> m.stateMachineArn()).findFirst().orElse(null);
      if (arn == null) {
        return List.of(new StateMachine(null, "states:ListStateMachines", ref, null, null));
      }
      try {
        var d = sfn.describeStateMachine(r -> r.stateMachineArn(arn));
        String status = d.statusAsString();
        return List.of(new StateMachine(null, "states:DescribeStateMachine", d.name(), d.stateMachineArn(),
            "ACTIVE".equals(status) || "DELETING".equals(status) ? status : null));
      } catch (software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException e) {
        return List.of(new StateMachine(null, "states:DescribeStateMachine", ref, null, null));
      }
    });
  }

  /**
   * One IAM role probe per {@code ROLE_*} handle.
   *
   * @param ctx the context
   * @param laneHandles the handles the lane names
   * @return the probes
   */
  public static List<Probe> roles(Context ctx, List<String> laneHandles) {
    return laneHandles.stream().filter(h -> h.startsWith("ROLE_")).sorted().map(h ->
        new Probe("iam-role", "iam_role", h, () -> {
          String ref = ctx.required(h);
          String name = ref.substring(ref.lastIndexOf('/') + 1);
          try {
            var role = ctx.clients().iam().getRole(r -> r.roleName(name)).role();
            return List.<Fact>of(new IamRole(null, "iam:GetRole", h, role.arn(), true));
          } catch (software.amazon.awssdk.services.iam.model.NoSuchEntityException e) {
            return List.<Fact>of(new IamRole(null, "iam:GetRole", h, null, false));
          }
        })).toList();
  }

  /**
   * One probe per secret path handle: those {@code SECRET_PATH_HANDLES} lists when it is pinned, otherwise the
   * given handles (the ones the lane's policy requires). A path starting with {@code /} is an SSM parameter, read
   * with SSM {@code GetParameter} without decryption (the value is dropped at once); anything else is a Secrets
   * Manager secret, read with {@code DescribeSecret} (metadata only).
   *
   * @param ctx the context
   * @param required the handles to read when {@code SECRET_PATH_HANDLES} is not pinned
   * @return the probes
   */
  public static List<Probe> secrets(Context ctx, List<String> required) {
    List<String> handles;
    try {
      handles = ctx.optional("SECRET_PATH_HANDLES") == null && !required.isEmpty() ? required
          : ctx.list("SECRET_PATH_HANDLES");
    } catch (CollectionFailure f) {
      return List.of(new Probe("secret-path", "secret_path", "SECRET_PATH_HANDLES", () -> {
        throw f;
      }));
    }
    return handles.stream().map(h -> new Probe("secret-path", "secret_path", h, () -> {
      String path = ctx.required(h);
      if (path.startsWith("/")) {
        try {
          // Metadata only: no decryption is asked for, and the (still encrypted) value is dropped here.
          ctx.clients().ssm().getParameter(r -> r.name(path).withDecryption(false));
          return List.<Fact>of(new SecretPath(null, "ssm:GetParameter", h, path, true, true));
        } catch (software.amazon.awssdk.services.ssm.model.ParameterNotFoundException e) {
          return List.<Fact>of(new SecretPath(null, "ssm:GetParameter", h, path, false, false));
        }
      }
      try {
        var d = ctx.clients().secretsManager().describeSecret(r -> r.secretId(path));
        return List.<Fact>of(new SecretPath(null, "secretsmanager:DescribeSecret", h, path, true, d.deletedDate() == null));
      } catch (software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException e) {
        return List.<Fact>of(new SecretPath(null, "secretsmanager:DescribeSecret", h, path, false, false));
      }
    })).toList();
  }

  /**
   * The ops surface probes: budget, alarms, dashboard.
   *
   * @param ctx the context
   * @return the probes
   */
  public static List<Probe> opsSurfaces(Context ctx) {
    Probe budget = new Probe("ops-budget", "ops_surface", "OPS_BUDGET_NAME", () -> {
      String name = ctx.required("OPS_BUDGET_NAME");
      String account = ctx.clients().sts().getCallerIdentity().account();
      try {
        ctx.clients().budgets().describeBudget(r -> r.accountId(account).budgetName(name));
        return List.of(new OpsSurface(null, "budgets:DescribeBudget", OpsSurfaceType.BUDGET, name, true));
      } catch (software.amazon.awssdk.services.budgets.model.NotFoundException e) {
        return List.of(new OpsSurface(null, "budgets:DescribeBudget", OpsSurfaceType.BUDGET, name, false));
      }
    });
    Probe alarms = new Probe("ops-alarms", "ops_surface", "OPS_ALARM_NAMES", () -> {
      List<String> names = ctx.list("OPS_ALARM_NAMES");
      List<String> found = new ArrayList<>();
      ctx.clients().cloudwatch().describeAlarmsPaginator(r -> r.alarmNames(names))
          .metricAlarms().forEach(a -> found.add(a.alarmName()));
      return names.stream().map(n -> (Fact) new OpsSurface(null, "cloudwatch:DescribeAlarms", OpsSurfaceType.ALARM, n,
          found.contains(n))).toList();
    });
    Probe dashboard = new Probe("ops-dashboard", "ops_surface", "OPS_DASHBOARD_NAME", () -> {
      String name = ctx.required("OPS_DASHBOARD_NAME");
      try {
        ctx.clients().cloudwatch().getDashboard(r -> r.dashboardName(name));
        return List.of(new OpsSurface(null, "cloudwatch:GetDashboard", OpsSurfaceType.DASHBOARD, name, true));
      } catch (AwsServiceException e) {
        if (Failures.classify(e) != dev.gateadjudicator.fact.ErrorType.NOT_FOUND) {
          throw e;
        }
        return List.of(new OpsSurface(null, "cloudwatch:GetDashboard", OpsSurfaceType.DASHBOARD, name, false));
      }
    });
    return List.of(budget, alarms, dashboard);
  }
}
