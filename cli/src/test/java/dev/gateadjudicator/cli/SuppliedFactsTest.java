package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.PublishAmbiguity;
import dev.gateadjudicator.input.FactSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --facts FILE} on {@code collect}: supplied facts join the collection and never replace a collected one. */
class SuppliedFactsTest {
  @RegisterExtension
  static final AwsWorldExtension WORLD = new AwsWorldExtension();

  @TempDir
  Path tmp;

  private GateCliTest.Run collect(Path out, String... facts) throws Exception {
    List<String> a = WORLD.args(tmp, "collect", "--phase", "P6", "--lane", "M6.F");
    a.addAll(List.of("--out", out.toString()));
    for (String f : facts) {
      a.add("--facts");
      a.add(f);
    }
    return gate(a.toArray(String[]::new));
  }

  @Test
  void facts_differingFactOfACollectedSubjectIsKeptBesideIt() throws Exception {
    Path supplied = tmp.resolve("supplied.json");
    Files.writeString(supplied, "{\"facts\": [{\"kind\": \"publish_ambiguity\", \"id\": \"ci-ambiguity\","
        + " \"source\": \"ci:reconciler\", \"unresolved_count\": 3}]}");
    Path out = tmp.resolve("facts.json");

    GateCliTest.Run r = collect(out, supplied.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    List<PublishAmbiguity> both = FactSets.parse(Files.readAllBytes(out)).facts().stream()
        .filter(PublishAmbiguity.class::isInstance).map(PublishAmbiguity.class::cast).toList();
    assertThat(both).hasSize(2);
    assertThat(both).filteredOn(p -> p.source().equals("ci:reconciler")).singleElement()
        .extracting(PublishAmbiguity::unresolvedCount).isEqualTo(3L);
    assertThat(both).filteredOn(p -> p.source().startsWith("dynamodb:")).singleElement()
        .extracting(PublishAmbiguity::unresolvedCount).isEqualTo(0L);
    assertThat(gate("adjudicate", out.toString()).exit()).isNotZero();
  }

  @Test
  void facts_wholeFactSetOfTheLaneMergesItsFacts() throws Exception {
    Path out = tmp.resolve("facts.json");
    Path fixture = GateCliTest.ROOT.resolve("fixtures/p6/m6f_p6b_streaming_active_20260225T171938Z.factset.json");

    GateCliTest.Run r = collect(out, fixture.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    FactSet merged = FactSets.parse(Files.readAllBytes(out));
    FactSet supplied = FactSets.parse(Files.readAllBytes(fixture));
    assertThat(merged.facts()).containsAll(supplied.facts());
  }

  @Test
  void facts_schemaErrorExitsThreeNamingTheFileAndPath() throws Exception {
    Path supplied = tmp.resolve("bad.json");
    Files.writeString(supplied, "{\"facts\": [{\"kind\": \"publish_ambiguity\", \"source\": \"ci\", \"unresolved_count\": -1}]}");
    Path out = tmp.resolve("facts.json");

    GateCliTest.Run r = collect(out, supplied.toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("bad.json").contains("/facts/0");
    assertThat(out).doesNotExist();
  }

  @Test
  void facts_factSetOfAnotherLaneIsRefused() throws Exception {
    Path out = tmp.resolve("facts.json");
    Path other = GateCliTest.ROOT.resolve("fixtures/p6/m6g_p6c_gate_rollup_20260225T173000Z.factset.json");

    GateCliTest.Run r = collect(out, other.toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("lane `M6.G`, not `M6.F`");
  }
}
