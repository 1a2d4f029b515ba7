package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.collect.HandleRegistry;
import dev.gateadjudicator.result.HandleSpec;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code gate registry init}: a registry template generated from the policy, and docs/collectors.md kept in step. */
class RegistryInitTest {
  private static final String HEADING = "### Handles each lane's policy requires";

  @Test
  void init_markdownTemplateListsEveryRequiredHandleUnpinned() {
    GateCliTest.Run r = gate("registry", "init", "--phase", "P0", "--lane", "M2.A");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("| `TF_STATE_BUCKET_REGION` = `TO_PIN` | text | M2A-B1 M2.A-DoD-1: backend handle")
        .contains("`TF_STATE_KEY_OPS` = `TO_PIN`");
    HandleRegistry reg = HandleRegistry.parse("template", r.out());
    assertThat(reg.handles().keySet()).containsAll(GateEngine.withDefaultPolicy().handleRequirements("P0", "M2.A")
        .stream().map(HandleSpec::name).toList());
    assertThat(reg.handles().values()).containsOnly("TO_PIN");
  }

  @Test
  void init_jsonTemplateIsARegistryAndNamesPathConditions() {
    GateCliTest.Run r = gate("registry", "init", "--phase", "P6", "--lane", "M6.E", "--format", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(HandleRegistry.parse("template.json", r.out()).handles()).containsKeys("READY_MESSAGE_FILTER",
        "FLINK_APP_WSP_STREAM_V0");
    assertThat(r.out()).contains("FLINK_RUNTIME_PATH_ACTIVE = MSF_MANAGED");
  }

  @Test
  void init_unknownLaneExitsThree() {
    GateCliTest.Run r = gate("registry", "init", "--phase", "P0", "--lane", "M9.Z");

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("`M9.Z`");
  }

  @Test
  void docs_collectorsMdListsTheHandlesEachLanesPolicyRequires() throws Exception {
    GateEngine engine = GateEngine.withDefaultPolicy();
    StringBuilder expected = new StringBuilder(HEADING).append("\n\n");
    for (String phase : new String[] {"P0", "P6"}) {
      for (String lane : engine.lanes(phase)) {
        String names = engine.handleRequirements(phase, lane).stream()
            .map(s -> "`" + s.name() + "`" + (s.when() == null ? "" : " (when " + s.when() + ")"))
            .collect(Collectors.joining(", "));
        expected.append("- **").append(lane).append("**: ").append(names.isEmpty() ? "none" : names).append('\n');
      }
    }
    String doc = Files.readString(GateCliTest.ROOT.resolve("docs/collectors.md"));
    int at = doc.indexOf(HEADING);
    assertThat(at).as("docs/collectors.md has the section %s", HEADING).isNotNegative();
    int end = doc.indexOf("\n\n", doc.indexOf("\n- **", at));
    assertThat(doc.substring(at, end + 1)).isEqualTo(expected.toString());
  }
}
