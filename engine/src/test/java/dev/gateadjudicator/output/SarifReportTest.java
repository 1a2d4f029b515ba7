package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.Severity;
import dev.gateadjudicator.support.BuildInfo;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF log against the official OASIS SARIF 2.1.0 schema (test resource {@code sarif/}, see its SOURCE.md). */
class SarifReportTest {
  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
  private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMA_ID, "classpath:sarif/sarif-schema-2.1.0.json")))
      .getSchema(SchemaLocation.of(SCHEMA_ID));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String URI = "fixtures/p6/x.factset.json";

  static Stream<String> fixtures() {
    return OutputFixtures.adjudicable();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixture_validatesAgainstTheSarifSchema(String fixture) throws IOException {
    JsonNode log = JSON.readTree(SarifReport.render(OutputFixtures.adjudicate(fixture), URI));
    assertThat(errors(log)).isEmpty();
  }

  @Test
  void schema_rejectsALogWithAnUnknownLevel() throws IOException {
    ObjectNode log = (ObjectNode) JSON.readTree(SarifReport.render(
        OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN), URI));
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(errors(log)).isNotEmpty();
  }

  @Test
  void strictRerun_hasOneResultPerFindingWithItsRuleAndLocation() throws IOException {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    JsonNode run = JSON.readTree(SarifReport.render(a, URI)).at("/runs/0");
    int findings = a.register().blockers().stream().mapToInt(b -> b.findings().size()).sum();
    assertThat(run.at("/results")).hasSize(findings);
    List<String> ruleIds = run.at("/tool/driver/rules").findValuesAsText("id");
    assertThat(ruleIds).containsExactly("M6P6-B2", "M6P6-B3", "M6P6-B4");
    for (JsonNode r : run.at("/results")) {
      Blocker b = a.register().blockers().get(r.at("/ruleIndex").asInt());
      assertThat(r.at("/ruleId").asText()).isEqualTo(b.code());
      assertThat(r.at("/level").asText()).isEqualTo(SarifReport.level(b.severity()));
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(URI);
    }
    JsonNode rule = run.at("/tool/driver/rules/0");
    Blocker b2 = a.register().blockers().get(0);
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(b2.title());
    assertThat(rule.at("/help/text").asText()).isEqualTo(b2.remediation());
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo(BuildInfo.version());
  }

  @Test
  void level_mapsS1AndS2ToErrorS3ToWarningS4ToNote() {
    assertThat(Stream.of(Severity.values()).map(SarifReport::level))
        .containsExactly("error", "error", "warning", "note");
  }

  @Test
  void passingLane_hasNoResults() throws IOException {
    JsonNode log = JSON.readTree(SarifReport.render(OutputFixtures.adjudicate(OutputFixtures.LANE_PASS), URI));
    assertThat(log.at("/runs/0/results")).isEmpty();
    assertThat(log.at("/runs/0/properties/outcome").asText()).isEqualTo("ADVANCE");
  }

  @Test
  void render_isByteIdenticalForTheSameFactSet() {
    byte[] one = SarifReport.render(OutputFixtures.ENGINE.adjudicate(OutputFixtures.factSet(OutputFixtures.GATE_HOLD)), URI);
    byte[] two = SarifReport.render(OutputFixtures.ENGINE.adjudicate(OutputFixtures.factSet(OutputFixtures.GATE_HOLD)), URI);
    assertThat(one).isEqualTo(two);
  }

  private static List<String> errors(JsonNode log) {
    return SARIF.validate(log).stream().map(Error::toString).toList();
  }
}
