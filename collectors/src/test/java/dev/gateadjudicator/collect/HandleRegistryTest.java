package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HandleRegistryTest {

  private static final String MARKDOWN = """
      # dev_full handles registry v0

      | handle | notes |
      |---|---|
      | `FLINK_RUNTIME_PATH_ACTIVE` = `EKS_FLINK_OPERATOR` | active path |
      | `RTDL_CAUGHT_UP_LAG_MAX` = `30` | seconds |

      - `WSP_STOP_ON_NONRETRYABLE` = `true`
      * `EMR_EKS_RELEASE_LABEL` = `emr-6.15.0-latest`
      1. `EKS_NODEGROUP_NAMES` = `TO_PIN`

      Prose mentioning `NOT_A_PIN` = `ignored` is not a pin.

      ```
      - `IN_A_FENCE` = `ignored`
      ```
      """;

  @Test
  void markdown_readsTableRowsAndListItems() {
    HandleRegistry r = HandleRegistry.parse("reg.md", MARKDOWN);

    assertThat(r.handles()).containsOnlyKeys("FLINK_RUNTIME_PATH_ACTIVE", "RTDL_CAUGHT_UP_LAG_MAX",
        "WSP_STOP_ON_NONRETRYABLE", "EMR_EKS_RELEASE_LABEL", "EKS_NODEGROUP_NAMES");
    assertThat(r.handles().get("RTDL_CAUGHT_UP_LAG_MAX")).isEqualTo(new BigDecimal("30"));
    assertThat(r.handles().get("WSP_STOP_ON_NONRETRYABLE")).isEqualTo(Boolean.TRUE);
    assertThat(r.pinned("EMR_EKS_RELEASE_LABEL")).isEqualTo("emr-6.15.0-latest");
  }

  @Test
  void markdown_toPinIsDeclaredButUnpinned() {
    HandleRegistry r = HandleRegistry.parse("reg.md", MARKDOWN);

    assertThat(r.handles()).containsEntry("EKS_NODEGROUP_NAMES", "TO_PIN");
    assertThat(r.pinned("EKS_NODEGROUP_NAMES")).isNull();
    assertThat(r.pinned("NEVER_DECLARED")).isNull();
  }

  @Test
  void markdown_ambiguousDuplicateNamesBothLines() {
    String text = "- `A` = `1`\n- `B` = `x`\n| `A` = `2` |\n";

    assertThatThrownBy(() -> HandleRegistry.parse("reg.md", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`A`").hasMessageContaining("line 1").hasMessageContaining("line 3")
        .hasMessageContaining("reg.md");
  }

  @Test
  void markdown_identicalDuplicateIsAccepted() {
    HandleRegistry r = HandleRegistry.parse("reg.md", "- `A` = `1`\n- `A` = `1`\n");

    assertThat(r.handles()).containsEntry("A", new BigDecimal("1"));
  }

  @Test
  void json_readsHandlesWithTypes() {
    HandleRegistry r = HandleRegistry.parse("reg.json", """
        {"phase": "P6", "handles": {"A": "x", "B": 30, "C": true, "D": "TO_PIN"}}
        """);

    assertThat(r.handles()).containsEntry("A", "x").containsEntry("B", new BigDecimal("30")).containsEntry("C", true);
    assertThat(r.pinned("D")).isNull();
  }

  @Test
  void json_ambiguousDuplicateNamesBothLines() {
    String text = "{\n \"handles\": {\n  \"A\": 1,\n  \"B\": 2,\n  \"A\": 3\n }\n}\n";

    assertThatThrownBy(() -> HandleRegistry.parse("reg.json", text))
        .hasMessageContaining("`A`").hasMessageContaining("line 3").hasMessageContaining("line 5");
  }

  @Test
  void json_malformedNamesTheLine() {
    assertThatThrownBy(() -> HandleRegistry.parse("reg.json", "{\n\"handles\": {\n\"A\": ,\n}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
  }

  @Test
  void json_withoutHandlesIsRejected() {
    assertThatThrownBy(() -> HandleRegistry.parse("reg.json", "{\"facts\": []}"))
        .hasMessageContaining("no `handles` object");
  }
}
