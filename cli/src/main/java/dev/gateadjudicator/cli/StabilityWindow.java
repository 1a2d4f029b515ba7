package dev.gateadjudicator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run --samples N --interval DURATION}: collects a lane N times, DURATION apart, and passes it only when every
 * sample passes (a sample with any {@code collection_error} fails). The first failing sample ends the window early
 * and is the one judged; otherwise the last is. Every sample's fact set is saved beside the lane's artifact folder
 * ({@code OUT.sample-K.factset.json}), after the credential check the outputs get, and the execution summary gains
 * an optional {@code stability_window} object recording the samples and which one failed first (readers of the v1
 * summary ignore it).
 */
final class StabilityWindow {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private StabilityWindow() {}

  /** Collects one sample. */
  interface Sampler {
    /**
     * Collects the lane at one capture time.
     *
     * @param at the capture time
     * @return the fact set
     * @throws IOException when a supplied facts file cannot be read
     */
    FactSet collect(Instant at) throws IOException;
  }

  /**
   * Parses a duration such as {@code 1s}, {@code 500ms}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT30S}.
   *
   * @param text the text
   * @return the duration
   * @throws IllegalArgumentException when it is not one
   */
  static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      Duration d = Duration.parse(text.trim());
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative");
      }
      return d;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("`--interval` must be a duration such as `1s`, `500ms`, `5m` or `PT30S`, not `"
          + text + "`");
    }
  }

  /**
   * Runs the window.
   *
   * @param engine the engine
   * @param samples how many samples (1 or more)
   * @param interval the pause between samples
   * @param first the first sample's capture time
   * @param fixedTime whether the capture time was given (then sample K is captured at first + (K-1) x interval, so
   *     the artifacts stay reproducible); otherwise each sample is captured at its own time
   * @param base where sample K's fact set goes: {@code BASE.sample-K.factset.json}
   * @param sampler collects one sample
   * @param outputsCheck the credential check every output gets (reports, manifest, standard output), run on each
   *     sample's adjudication before its fact set is saved, so a refusal leaves no sample behind
   * @param log where progress goes
   * @return the judged fact set and its adjudication, the summary carrying the window when {@code samples > 1}
   * @throws IOException when a sample cannot be saved
   * @throws InterruptedException when interrupted between samples
   */
  static PolicyOptions.Judged run(GateEngine engine, int samples, Duration interval, Instant first, boolean fixedTime,
      Path base, Sampler sampler, java.util.function.Consumer<Adjudication> outputsCheck, PrintWriter log)
      throws IOException, InterruptedException {
    if (samples < 1) {
      throw new IllegalArgumentException("`--samples` must be at least 1");
    }
    ArrayNode records = JSON.createArrayNode();
    Integer failed = null;
    FactSet fs = null;
    dev.gateadjudicator.Judgement judgement = null;
    Adjudication a = null;
    for (int k = 1; k <= samples; k++) {
      Instant at = k == 1 || fixedTime ? first.plus(interval.multipliedBy(k - 1L))
          : Instant.now().truncatedTo(ChronoUnit.SECONDS);
      fs = sampler.collect(at);
      judgement = engine.judge(fs);
      a = judgement.adjudication();
      boolean errors = fs.facts().stream().anyMatch(CollectionError.class::isInstance);
      boolean pass = a.summary().overallPass() && !errors;
      if (samples > 1) {
        Path file = Path.of(base + ".sample-" + k + ".factset.json");
        outputsCheck.accept(a);
        RunCommand.save(file, fs);
        records.addObject().put("sample", k).put("captured_at", fs.capturedAt().toString())
            .put("fact_set_sha256", a.factSetDigest()).put("pass", pass).put("fact_set", file.getFileName().toString());
        log.println("sample " + k + "/" + samples + ": " + (pass ? "pass" : "fail") + " (" + file + ")");
        log.flush();
      }
      if (!pass) {
        failed = k;
        break;
      }
      if (k < samples) {
        Thread.sleep(interval.toMillis());
      }
    }
    if (samples == 1) {
      return PolicyOptions.Judged.of(fs, engine, judgement);
    }
    ObjectNode window = JSON.createObjectNode();
    window.put("samples_planned", samples).put("interval", interval.toString()).put("samples_taken", records.size());
    if (failed == null) {
      window.putNull("first_failing_sample");
    } else {
      window.put("first_failing_sample", failed);
    }
    window.set("samples", records);
    dev.gateadjudicator.Judgement last = judgement;
    return new PolicyOptions.Judged(fs, engine, annotate(a, window),
        failures -> annotate(last.withDurablePublishFailure(failures), window));
  }

  private static Adjudication annotate(Adjudication a, ObjectNode window) {
    Map<String, String> artifacts = new TreeMap<>(a.artifacts());
    for (Map.Entry<String, String> e : a.artifacts().entrySet()) {
      if (e.getKey().endsWith("_execution_summary.json")) {
        ObjectNode summary;
        try {
          summary = (ObjectNode) JSON.readTree(e.getValue());
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
          // the engine wrote this summary and checked it against its schema: it is JSON
          throw new IllegalStateException("the execution summary is not JSON", x);
        }
        summary.set("stability_window", window);
        artifacts.put(e.getKey(), new String(dev.gateadjudicator.json.Json.pretty(summary),
            java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return new Adjudication(a.outcome(), a.summary(), a.register(), a.rollup(), a.gateVerdict(), a.policy(),
        a.policyDigest(), a.factSetDigest(), new TreeMap<>(artifacts), a.firedRules());
  }
}
