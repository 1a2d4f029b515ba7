package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.Verdict;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input: very long strings, odd codes and unsafe execution ids are judged normally or refused as invalid
 * input, never a crash or a policy error. No test here measures time: each asserts that the work completes and
 * what it decided.
 */
class HostileInputTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final String RECEIPT = "SR_READY_COMMIT_RECEIPT_PATH_PATTERN";

  private static ObjectNode m2dPass() throws IOException {
    return (ObjectNode) Json.MAPPER.readTree(TestFixtures.bytes(
        TestFixtures.FIXTURES.resolve("p0/edge/m2d_pass.factset.json")));
  }

  private static Adjudication judge(ObjectNode tree) {
    return ENGINE.adjudicate(FactSets.parse(Json.pretty(tree)));
  }

  @ParameterizedTest
  @ValueSource(ints = {3_000, 1_000_000})
  void longReceiptPattern_isJudgedLikeAShortOne(int length) throws IOException {
    ObjectNode valid = m2dPass();
    String segment = "a".repeat(length) + "/";
    ((ObjectNode) valid.get("handles")).put(RECEIPT, "evidence/{platform_run_id}/" + segment + "ready.json");
    Adjudication ok = judge(valid);
    assertThat(ok.outcome()).isEqualTo(Verdict.ADVANCE);

    ObjectNode invalid = m2dPass();
    ((ObjectNode) invalid.get("handles")).put(RECEIPT, "evidence/{platform_run_id}/" + "a{b}".repeat(length / 4)
        + "/ready.txt");
    Adjudication held = judge(invalid);
    assertThat(held.outcome()).isEqualTo(Verdict.HOLD_REMEDIATE);
    assertThat(held.summary().blockerCodes()).contains("M2D-B5");
  }

  @Test
  void receiptPatternShape_followsTheGrammar() throws IOException {
    for (String good : new String[] {"evidence/{platform_run_id}/sr/ready.json", "{platform_run_id}.json",
        "a/{platform_run_id}/b-c_d.e.json"}) {
      ObjectNode t = m2dPass();
      ((ObjectNode) t.get("handles")).put(RECEIPT, good);
      assertThat(judge(t).outcome()).as(good).isEqualTo(Verdict.ADVANCE);
    }
    for (String bad : new String[] {"/{platform_run_id}/x.json", "a//{platform_run_id}.json", "{platform_run_id}/.json",
        "{platform_run_id}/X.json", "{platform_run_id}/{}.json", "{platform_run_id}/{a.json", "{platform_run_id}.jsonx",
        "a/ready.json"}) {
      ObjectNode t = m2dPass();
      ((ObjectNode) t.get("handles")).put(RECEIPT, bad);
      assertThat(judge(t).summary().blockerCodes()).as(bad).contains("M2D-B5");
    }
  }

  @Test
  void severalMegabytesOfLongStrings_areJudged() throws IOException {
    ObjectNode tree = m2dPass();
    ArrayNode facts = (ArrayNode) tree.get("facts");
    ObjectNode handles = (ObjectNode) tree.get("handles");
    StringBuilder noise = new StringBuilder();
    // text that keeps every credential rule's prefixes and runs busy without completing a credential
    String[] pieces = {"AKIA", "ghp_", "eyJ", "xoxb-", "://", "password", "bearer ", "MII", "k8s-aws-v1.", "AIza",
        "sk_live_", "hooks.slack.com/services/", "{a", "fp.bus.", "s3://"};
    for (int i = 0; noise.length() < 400_000; i++) {
      noise.append(pieces[i % pieces.length]).append("ab ");
    }
    for (int i = 0; i < 12; i++) {
      handles.put("NOISE_" + i, noise.toString());
    }
    handles.put("NOISE_RUN", "A".repeat(1_000_000));
    facts.forEach(f -> ((ObjectNode) f).put("source", "x".repeat(100_000)));
    byte[] bytes = Json.pretty(tree);
    assertThat(bytes.length).isGreaterThan(5_000_000);
    long start = System.nanoTime();
    Adjudication a = ENGINE.adjudicate(FactSets.parse(bytes));
    System.out.printf("several-MB fact set (%d bytes) adjudicated in %d ms%n", bytes.length,
        (System.nanoTime() - start) / 1_000_000);
    assertThat(a.outcome()).isEqualTo(Verdict.ADVANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"M6P6-B7 ", "M6P6-B7\u0000", " M6P6-B7", "", "m6p6-b7"})
  void waiverCodeWithSpaceOrControlCharacter_isInvalidInput(String code) throws IOException {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(TestFixtures.bytes(
        TestFixtures.p6("edge/m6f_waiver_live")));
    ArrayNode facts = (ArrayNode) tree.get("facts");
    int index = -1;
    for (int i = 0; i < facts.size(); i++) {
      if ("waiver".equals(facts.get(i).path("kind").asText())) {
        index = i;
        ((ObjectNode) facts.get(i)).put("code", code);
        break;
      }
    }
    byte[] bytes = Json.pretty(tree);
    String path = "/facts/" + index + "/code";
    assertThatThrownBy(() -> ENGINE.adjudicate(FactSets.parse(bytes)))
        .isInstanceOfSatisfying(InvalidFactSetException.class, e -> assertThat(e.path()).isEqualTo(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "/", "a/b", "a\u0000b", "a\nb", ".hidden", "..", "-x", ""})
  void executionIdThatIsNotASafeSegment_isInvalidInput(String id) throws IOException {
    ObjectNode tree = m2dPass();
    tree.put("execution_id", id);
    byte[] bytes = Json.pretty(tree);
    assertThatThrownBy(() -> FactSets.parse(bytes))
        .isInstanceOfSatisfying(InvalidFactSetException.class, e -> assertThat(e.path()).isEqualTo("/execution_id"));
  }
}
