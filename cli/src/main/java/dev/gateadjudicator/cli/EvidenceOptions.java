package dev.gateadjudicator.cli;

import dev.gateadjudicator.Adjudication;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.PolicyException;
import dev.gateadjudicator.fact.FactSet;
import dev.gateadjudicator.output.ArtifactWriter;
import dev.gateadjudicator.output.AtomicFiles;
import dev.gateadjudicator.output.HtmlReport;
import dev.gateadjudicator.output.JunitReport;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.output.MarkdownReport;
import dev.gateadjudicator.output.SarifReport;
import dev.gateadjudicator.publish.PublishResult;
import dev.gateadjudicator.publish.S3Location;
import dev.gateadjudicator.publish.S3Publisher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The evidence options of {@code adjudicate}: durable publish to S3 with read-back, and the Markdown, JUnit and
 * HTML reports. See {@code docs/evidence.md}.
 */
final class EvidenceOptions {
  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the artifacts to.")
  Path out;

  @Option(names = "--json", description = "Print the adjudication as JSON instead of the text summary.")
  boolean json;

  @Option(names = "--publish", paramLabel = "S3_URI",
      description = "Publish the artifact set to s3://bucket/prefix/<execution_id>/ and read it back; a failure "
          + "records the phase's durable-publish blocker (M6P6-B8 for P6).")
  String publish;

  @Option(names = "--publish-endpoint", paramLabel = "URL",
      description = "S3-compatible endpoint for --publish (path-style), e.g. a local test server.")
  URI publishEndpoint;

  @Option(names = "--summary-md", paramLabel = "FILE",
      description = "Write a Markdown summary (appended to $GITHUB_STEP_SUMMARY when that is set).")
  Path summaryMd;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report: one test case per check.")
  Path junit;

  @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
  Path html;

  @Option(names = "--template", paramLabel = "DIR",
      description = "Folder of report templates overriding the bundled ones (report.html.mustache, summary.md.mustache).")
  Path template;

  @Option(names = "--sarif", paramLabel = "FILE",
      description = "Write a SARIF 2.1.0 log for code scanning: one result per finding, located in the fact set.")
  Path sarif;

  /** Where the SARIF results say the fact set is; commands that read a file set it, else the execution id. */
  String sarifLocation;

  @Option(names = "--github-step-summary", paramLabel = "FILE", hidden = true,
      defaultValue = "${env:GITHUB_STEP_SUMMARY}",
      description = "Where --summary-md is appended; defaults to $GITHUB_STEP_SUMMARY.")
  Path stepSummary;

  /**
   * Checks the options before anything is written: a publish needs an s3 URI, and a phase whose taxonomy names
   * the blocker a failed publish records (otherwise a failure could not be recorded, and nothing is written).
   *
   * @param engine the engine
   * @param factSet the fact set
   * @throws IllegalArgumentException when {@code --publish} is not an s3 URI (exit 3)
   * @throws PolicyException when the phase names no durable-publish blocker (exit 4)
   */
  void validate(GateEngine engine, FactSet factSet) {
    if (publish != null) {
      S3Location.parse(publish);
      if (engine.durablePublishBlocker(factSet.phase()).isEmpty()) {
        throw new PolicyException(engine.policyName(), 0, "phase `" + factSet.phase()
            + "` names no `durable_publish_blocker` in its taxonomy, so `--publish` could not record a failure");
      }
    }
  }

  /**
   * Publishes (when asked), records a failed publish as the lane's blocker and rewrites the local set, then writes
   * the reports.
   *
   * @param engine the engine that adjudicated
   * @param factSet the fact set
   * @param first the adjudication, its set already written to {@code out} when given
   * @param out the artifact folder, or {@code null}
   * @param log where progress goes (stderr)
   * @return the final adjudication: {@code first}, or one with the durable-publish blocker
   * @throws IOException when writing a local file fails
   */
  Adjudication finish(GateEngine engine, FactSet factSet, Adjudication first, Path out, PrintWriter log)
      throws IOException {
    Adjudication a = first;
    if (publish != null) {
      S3Location where = S3Location.parse(publish);
      Map<String, byte[]> files = new TreeMap<>();
      first.artifacts().keySet().forEach(f -> files.put(f, first.artifact(f)));
      PublishResult r;
      try (S3Publisher publisher = S3Publisher.fromEnvironment(publishEndpoint)) {
        r = publisher.publish(where, Manifest.of(first), files);
      }
      if (r.durableReadbackOk()) {
        log.println("published:  " + r.uri() + " (" + r.objects().size() + " objects read back clean, "
            + r.serverSideEncryption() + ")");
      } else {
        log.println("publish:    " + r.uri() + " did not read back durably:");
        r.failures().forEach(f -> log.println("  - " + f));
        a = engine.adjudicateWithDurablePublishFailure(factSet, r.failures());
        if (out != null) {
          ArtifactWriter.write(a, out);
          log.println("artifacts:  rewritten in " + out + " with " + String.join(", ", a.summary().blockerCodes()));
        }
      }
    }
    if (summaryMd != null) {
      byte[] md = MarkdownReport.render(a, template).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(summaryMd, md);
      if (stepSummary != null && !stepSummary.toString().isBlank()) {
        AtomicFiles.append(stepSummary, md);
      }
    }
    if (junit != null) {
      AtomicFiles.write(junit, JunitReport.render(a).getBytes(StandardCharsets.UTF_8));
    }
    if (html != null) {
      AtomicFiles.write(html, HtmlReport.render(a, template).getBytes(StandardCharsets.UTF_8));
    }
    if (sarif != null) {
      AtomicFiles.write(sarif, SarifReport.render(a, sarifLocation != null ? sarifLocation
          : a.summary().executionId() + ".factset.json"));
    }
    log.flush();
    return a;
  }

  /**
   * Writes the artifacts to {@code out}, publishes and reports them as asked, prints the summary, and returns the
   * exit code: the tail every adjudicating command shares.
   *
   * @param cmd the command's spec, for its streams
   * @param engine the engine that judged the fact set
   * @param factSet the fact set
   * @param first the adjudication
   * @return the exit code
   * @throws IOException when writing fails
   */
  int emit(picocli.CommandLine.Model.CommandSpec cmd, GateEngine engine, FactSet factSet, Adjudication first)
      throws IOException {
    if (out != null) {
      dev.gateadjudicator.output.ArtifactWriter.write(first, out);
    }
    Adjudication a = finish(engine, factSet, first, out, cmd.commandLine().getErr());
    cmd.commandLine().getOut().print(json ? a.toJson() : HumanSummary.render(a));
    if (out != null && !json) {
      cmd.commandLine().getOut().println("artifacts:  " + a.artifacts().size() + " and manifest.json written to " + out);
    }
    cmd.commandLine().getOut().flush();
    return a.exitCode();
  }
}
