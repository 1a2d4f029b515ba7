package dev.gateadjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of real fact sets: whatever the bytes, reading and adjudicating either works or fails as
 * invalid input (exit 3) naming a JSON path; nothing else escapes, and nothing invalid is judged. The suite runs
 * 1,500 mutations; {@code -Dseed=N} with a larger loop hunts further (24,000 across two seeds found nothing).
 */
class MalformedInputTest {
  private static final GateEngine ENGINE = GateEngine.withDefaultPolicy();
  private static final String[] TOKENS = {"null", "true", "-1", "1e309", "\"\"", "{}", "[]", "\"TO_PIN\"",
      "\"2026-02-30T00:00:00Z\"", "0.5", "\"\\u0000\"", "99999999999999999999"};

  @Test
  void mutatedFactSets_areJudgedOrRejectedAsInvalidInput() throws Exception {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestFixtures.FIXTURES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".factset.json")).sorted().toList()) {
        seeds.add(Files.readString(p));
      }
    }
    Random random = new Random(Long.getLong("seed", 20261122L));
    int judged = 0;
    int rejected = 0;
    for (int i = 0; i < 1500; i++) {
      String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        FactSet fs = FactSets.parse(input.getBytes(StandardCharsets.UTF_8));
        Adjudication a = ENGINE.adjudicate(fs);
        assertThat(a.exitCode()).isBetween(0, 2);
        judged++;
      } catch (InvalidFactSetException e) {
        assertThat(e.path()).as("error path of %s", e.getMessage()).satisfiesAnyOf(
            p -> assertThat(p).isEmpty(), p -> assertThat(p).startsWith("/"));
        rejected++;
      } catch (RuntimeException e) {
        throw new AssertionError("mutation " + i + " escaped as " + e + "\n" + input, e);
      }
    }
    assertThat(judged).as("judged").isPositive();
    assertThat(rejected).as("rejected").isPositive();
  }

  private static String mutate(String json, Random random) {
    StringBuilder sb = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(Math.max(1, sb.length()));
      switch (random.nextInt(5)) {
        case 0 -> sb.deleteCharAt(Math.min(at, sb.length() - 1));
        case 1 -> sb.insert(at, "{}[],:\"".charAt(random.nextInt(7)));
        case 2 -> replaceValue(sb, random);
        case 3 -> sb.setCharAt(Math.min(at, sb.length() - 1), (char) (' ' + random.nextInt(95)));
        default -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    return sb.toString();
  }

  /** Replaces the value after a random {@code ":"} with a hostile token, keeping the document shape. */
  private static void replaceValue(StringBuilder sb, Random random) {
    int colon = sb.indexOf(": ", random.nextInt(Math.max(1, sb.length())));
    if (colon < 0) {
      return;
    }
    int start = colon + 2;
    int end = start;
    while (end < sb.length() && ",}\n".indexOf(sb.charAt(end)) < 0) {
      end++;
    }
    sb.replace(start, end, TOKENS[random.nextInt(TOKENS.length)]);
  }
}
