package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.collect.GateCollector;
import dev.gateadjudicator.collect.testing.AwsWorld;
import dev.gateadjudicator.collect.testing.Call;
import dev.gateadjudicator.collect.testing.Fault;
import dev.gateadjudicator.collect.testing.Stubs;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code gate collect} and {@code gate run} against the test servers, adjudicated by the default P6 policy. */
class CollectCommandTest {
  private static AwsWorld world;
  private static GateEngine engine;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    world = new AwsWorld();
    engine = GateEngine.withDefaultPolicy();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @BeforeEach
  void healthy() {
    world.healthy();
  }

  private Path registry() throws Exception {
    Path r = tmp.resolve("handles.json");
    Files.writeString(r, world.registryJson());
    return r;
  }

  private GateCliTest.Run collect(Path out) throws Exception {
    return gate("collect", "--phase", "P6", "--lane", "M6.F", "--registry", registry().toString(),
        "--platform-run-id", AwsWorld.RUN, "--captured-at", AwsWorld.CAPTURED_AT.toString(),
        "--region", "eu-west-2", "--endpoint-url", world.endpoint().toString(),
        "--kubernetes-url", world.endpoint().toString(), "--call-timeout", "30", "--deadline", "180", "--out", out.toString());
  }

  private GateCliTest.Run collectAndAdjudicate() throws Exception {
    Path facts = tmp.resolve("facts.json");
    GateCliTest.Run c = collect(facts);
    assertThat(c.exit()).as(c.err()).isZero();
    return gate("adjudicate", facts.toString());
  }

  @Test
  void collect_healthyWorldAdjudicatesToAPass() throws Exception {
    Path facts = tmp.resolve("facts.json");
    GateCliTest.Run c = collect(facts);

    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).contains("collected 8 facts (0 collection errors) for P6 M6.F");
    assertThat(c.err()).contains("collect: eks-nodegroup").contains("collect: cloudwatch-lag");
    assertThat(FactSets.parse(Files.readAllBytes(facts)).lane()).isEqualTo("M6.F");
    GateCliTest.Run a = gate("adjudicate", facts.toString());
    assertThat(a.exit()).as(a.out()).isZero();
  }

  @Test
  void collect_nodegroupCreateFailedHoldsOnB2() throws Exception {
    Stubs.eksNodegroup(world.server(), AwsWorld.CLUSTER, AwsWorld.NODEGROUP, "CREATE_FAILED", List.of("NodeCreationFailure"));
    Stubs.nodes(world.server(), AwsWorld.NODEGROUP, 0, 0);

    GateCliTest.Run a = collectAndAdjudicate();

    assertThat(a.exit()).isEqualTo(1);
    assertThat(a.out()).contains("HOLD_REMEDIATE").contains("M6P6-B2").contains("NodeCreationFailure");
  }

  @Test
  void collect_lanesSubmittedHoldOnB2() throws Exception {
    Stubs.flinkDeployment(world.server(), AwsWorld.NAMESPACE, AwsWorld.WSP, null);
    Stubs.flinkDeployment(world.server(), AwsWorld.NAMESPACE, AwsWorld.SR, null);

    GateCliTest.Run a = collectAndAdjudicate();

    assertThat(a.exit()).isEqualTo(1);
    assertThat(a.out()).contains("M6P6-B2").contains("SUBMITTED");
  }

  @Test
  void collect_noRunWindowAdmissionsHoldOnB3AndB4() throws Exception {
    Stubs.dynamoCounts(world.server(), 0, 0);
    Stubs.lag(world.server(), List.of());

    GateCliTest.Run a = collectAndAdjudicate();

    assertThat(a.exit()).isEqualTo(1);
    assertThat(a.out()).contains("M6P6-B3, M6P6-B4");
  }

  @Test
  void run_collectsAdjudicatesAndSavesAReplayableFactSet() throws Exception {
    Path facts = tmp.resolve("saved/facts.json");
    Path out = tmp.resolve("out");
    GateCliTest.Run r = gate("run", "--phase", "P6", "--lane", "M6.F", "--registry", registry().toString(),
        "--platform-run-id", AwsWorld.RUN, "--captured-at", AwsWorld.CAPTURED_AT.toString(),
        "--region", "eu-west-2", "--endpoint-url", world.endpoint().toString(),
        "--kubernetes-url", world.endpoint().toString(), "--call-timeout", "30", "--deadline", "180",
        "--save-facts", facts.toString(), "--out", out.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(out.resolve("m6f_execution_summary.json")).exists();
    GateCliTest.Run replay = gate("adjudicate", facts.toString(), "--json");
    assertThat(replay.exit()).isZero();
  }

  @Test
  void collect_ambiguousRegistryExitsThreeNamingBothLines() throws Exception {
    Path reg = tmp.resolve("handles.md");
    Files.writeString(reg, "- `EKS_CLUSTER_NAME` = `a`\n- `EKS_CLUSTER_NAME` = `b`\n");

    GateCliTest.Run r = gate("collect", "--phase", "P6", "--lane", "M6.F", "--registry", reg.toString(),
        "--out", tmp.resolve("f.json").toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("`EKS_CLUSTER_NAME`").contains("line 1").contains("line 2");
  }

  static Stream<Arguments> faults() {
    List<Arguments> out = new ArrayList<>();
    for (Call call : List.of(Call.EKS_DESCRIBE_CLUSTER, Call.EKS_DESCRIBE_NODEGROUP, Call.K8S_LIST_NODES,
        Call.K8S_GET_FLINK_DEPLOYMENT, Call.DDB_COUNT_ADMISSIONS, Call.DDB_COUNT_PUBLISH_UNKNOWN, Call.CW_LAG,
        Call.CW_OVERHEAD)) {
      for (Fault f : Fault.values()) {
        out.add(Arguments.of(call, f, "EKS_FLINK_OPERATOR"));
      }
    }
    for (Call call : List.of(Call.EMR_DESCRIBE_VIRTUAL_CLUSTER, Call.EMR_LIST_JOB_RUNS, Call.EMR_DESCRIBE_JOB_RUN)) {
      for (Fault f : Fault.values()) {
        out.add(Arguments.of(call, f, "EKS_EMR_ON_EKS"));
      }
    }
    for (Fault f : Fault.values()) {
      out.add(Arguments.of(Call.MSF_DESCRIBE_APPLICATION, f, "MSF_MANAGED"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void faultInAnySingleCall_neverYieldsAPassingLane(Call call, Fault fault, String path) {
    world.pin("FLINK_RUNTIME_PATH_ACTIVE", path);
    FactSet healthy = GateCollector.collect(world.request("M6.F"), world.settings(Duration.ofSeconds(30)), l -> { });
    assertThat(engine.adjudicate(healthy).exitCode()).as("the healthy %s world passes", path).isZero();
    world.inject(call, fault);
    if (call == Call.EMR_DESCRIBE_VIRTUAL_CLUSTER && fault == Fault.NOT_FOUND) {
      // A virtual cluster that does not exist has no job runs either: AWS answers every call under it with 404.
      world.inject(Call.EMR_LIST_JOB_RUNS, fault);
    }

    FactSet fs = GateCollector.collect(world.request("M6.F"), world.settings(Duration.ofSeconds(30)), l -> { });
    Adjudication a = engine.adjudicate(fs);

    assertThat(a.exitCode()).as("%s with %s: %s", call, fault, fs.facts()).isNotZero();
  }
}
