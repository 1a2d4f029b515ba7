package dev.gateadjudicator.cli;

import static dev.gateadjudicator.cli.GateCliTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit 3 and 4 write nothing: every input, option and output is checked before the first byte goes to disk. */
class RefusalCliTest {
  private static final Path FIXTURE = GateCliTest.P6.resolve("m6f_p6b_streaming_active_20260225T163455Z.factset.json");

  @TempDir
  Path tmp;

  private Path withExecutionId(String id) throws IOException {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Files.readAllBytes(FIXTURE));
    tree.put("execution_id", id);
    Path f = tmp.resolve("in.factset.json");
    Files.write(f, Json.pretty(tree));
    return f;
  }

  /** Every path below tmp except the inputs this test wrote. */
  private Stream<Path> written() throws IOException {
    return Files.walk(tmp).filter(p -> !p.equals(tmp) && !p.getFileName().toString().endsWith(".factset.json")
        && !p.getFileName().toString().endsWith(".patch.json")
        && !p.startsWith(tmp.resolve("policy")) && !p.equals(tmp.resolve("policy")));
  }

  private String[] everyOutput(Path in, String... more) {
    String[] base = {"adjudicate", in.toString(), "--out", tmp.resolve("out").toString(),
        "--summary-md", tmp.resolve("summary.md").toString(), "--junit", tmp.resolve("junit.xml").toString(),
        "--html", tmp.resolve("report.html").toString(), "--github-step-summary", tmp.resolve("step.md").toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "/", "a/b", "a\u0000b", "a\nb", ".."})
  void unsafeExecutionId_exitsThreeAndWritesNothing(String id) throws IOException {
    GateCliTest.Run r = gate(everyOutput(withExecutionId(id), "--publish", "s3://evidence-bucket/runs/",
        "--publish-endpoint", "http://127.0.0.1:9"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("/execution_id").doesNotContain("\u0000");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(written()).isEmpty();
  }

  @Test
  void publishTargetRefused_exitsThreeAndWritesNothing() throws IOException {
    GateCliTest.Run r = gate(everyOutput(FIXTURE, "--publish", "s3://Not_A_Bucket/x/"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(written()).isEmpty();
  }

  @Test
  void inputAboveTheSizeLimit_exitsThreeBeforeParsingAndWritesNothing() throws IOException {
    Path big = tmp.resolve("big.factset.json");
    Files.writeString(big, "[" + "0,".repeat(600) + "0]");
    GateCliTest.Run r = gate(everyOutput(big, "--max-input-bytes", "1000"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("above the limit of 1000 bytes").contains("--max-input-bytes");
    assertThat(written()).isEmpty();
    assertThat(PolicyOptions.DEFAULT_MAX_INPUT_BYTES).isEqualTo(32L * 1024 * 1024);
  }

  @Test
  void patchWhoseBaseIsAboveTheSizeLimit_exitsThreeAndWritesNothing() throws IOException {
    Files.copy(FIXTURE, tmp.resolve("base.factset.json"));
    Path patch = tmp.resolve("small.patch.json");
    Files.writeString(patch, "{\"base\": \"base.factset.json\", \"patch\": {\"execution_id\": \"small\"}}");
    long limit = Files.size(patch) + 100;
    GateCliTest.Run r = gate(everyOutput(patch, "--max-input-bytes", Long.toString(limit)));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("resolves to").contains("above the limit of " + limit + " bytes");
    assertThat(written()).isEmpty();
  }

  @Test
  void credentialOnlyInAReport_exitsThreeAndWritesNothing() throws IOException {
    Path policy = tmp.resolve("policy");
    copy(GateCliTest.ROOT.resolve("rules/default"), policy);
    // a policy credential rule that only the Markdown report's text matches
    Files.writeString(policy.resolve("credentials.json"), """
        {"credential_rules_version": 1, "rules": [{"id": "test-report-heading", "description": "matches a heading",
          "prefixes": ["### Rollup"], "parts": [],
          "examples": {"positive": ["### Rollup matrix"], "negative": ["## Rollup"]}}]}
        """);
    GateCliTest.Run r = gate(everyOutput(FIXTURE, "--rules", policy.toString()));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("test-report-heading").contains("summary.md");
    assertThat(written()).isEmpty();
  }

  @Test
  void brokenPolicy_exitsFourAndWritesNothing() throws IOException {
    Path policy = tmp.resolve("policy");
    copy(GateCliTest.ROOT.resolve("rules/default"), policy);
    Files.writeString(policy.resolve("p6/broken.drl"), "rule \"x\" when then oops( end\n");
    GateCliTest.Run r = gate(everyOutput(FIXTURE, "--rules", policy.toString()));
    assertThat(r.exit()).isEqualTo(4);
    assertThat(written()).isEmpty();
  }

  @Test
  void waiverCodeWithATrailingSpace_exitsThreeNotFour() throws IOException {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Files.readAllBytes(
        GateCliTest.P6.resolve("edge/m6f_waiver_live.factset.json")));
    tree.withArray("facts").forEach(f -> {
      if ("waiver".equals(f.path("kind").asText())) {
        ((ObjectNode) f).put("code", f.get("code").asText() + " ");
      }
    });
    Path in = tmp.resolve("w.factset.json");
    Files.write(in, Json.pretty(tree));
    GateCliTest.Run r = gate(everyOutput(in));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("/code");
    assertThat(written()).isEmpty();
  }

  @Test
  void unexpectedFailures_mapToTheInternalErrorCodeWithOneLineAndNoClassName() {
    for (Throwable t : new Throwable[] {new OutOfMemoryError("Java heap space"), new StackOverflowError(),
        new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null"),
        new IllegalStateException("boom")}) {
      StringWriter sw = new StringWriter();
      int code = GateCli.report(new PrintWriter(sw), t);
      assertThat(code).isEqualTo(ExitCode.INTERNAL).isNotIn(0, 1, 2, 3, 4, 64);
      assertThat(sw.toString()).startsWith("gate: internal error").doesNotContain("Exception").doesNotContain("Error")
          .doesNotContain("java.").doesNotContain("\tat ");
      assertThat(sw.toString().strip().lines()).hasSize(1);
    }
  }

  @Test
  void messages_escapeControlCharacters() {
    assertThat(GateCli.escape("a\nb\u0000c\u001b[31m\td")).isEqualTo("a\\nb\\u0000c\\u001b[31m\\td");
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
