package dev.gateadjudicator.cli;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.output.ArtifactWriter;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.output.Reports;
import dev.gateadjudicator.publish.PublishResult;
import dev.gateadjudicator.publish.S3Location;
import dev.gateadjudicator.publish.S3Publisher;
import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.PolicyException;
import dev.gateadjudicator.support.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--publish-deadline", paramLabel = "SECONDS", defaultValue = "120",
      description = "Overall deadline of --publish (upload, read-back, receipt); when it passes, the publish counts "
          + "as failed and records the durable-publish blocker. Default: ${DEFAULT-VALUE}.")
  long publishDeadlineSeconds = 120;

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

  /** The final adjudication of the last {@link #emit}, for the ledger. */
  Adjudication recorded;

  /**
   * Where the artifacts of a fact set went: its published S3 folder, else the {@code --out} folder.
   *
   * @param factSet the fact set
   * @return the location, or {@code null} when they were not written
   */
  String artifactsLocation(FactSet factSet) {
    if (publish != null) {
      return S3Location.parse(publish).uri(factSet.executionId());
    }
    return out == null ? null : out.toAbsolutePath().normalize().toString();
  }

  /**
   * Where the fact set was published, when it was.
   *
   * @param factSet the fact set
   * @param local where it was read from or saved to, or {@code null}
   * @return its S3 URI when published, else {@code local}
   */
  String factSetLocation(FactSet factSet, Path local) {
    if (publish != null) {
      return S3Location.parse(publish).uri(factSet.executionId()) + S3Publisher.FACT_SET;
    }
    return local == null ? null : local.toAbsolutePath().normalize().toString();
  }

  /**
   * The files of a published set: the artifacts and the fact set ({@code factset.json}), so that the set can be
   * replayed and imported into a ledger.
   *
   * @param a the adjudication
   * @param factSet the fact set it judged
   * @return file name to bytes
   */
  static Map<String, byte[]> publishedFiles(Adjudication a, FactSet factSet) {
    Map<String, byte[]> files = new TreeMap<>();
    a.artifacts().keySet().forEach(f -> files.put(f, a.artifact(f)));
    files.put(S3Publisher.FACT_SET, FactSets.toJson(factSet));
    return files;
  }

  /**
   * The manifest of a published set: the artifacts' entries plus the fact set's.
   *
   * @param a the adjudication
   * @param factSet the fact set it judged
   * @return the manifest
   */
  static Manifest publishedManifest(Adjudication a, FactSet factSet) {
    Manifest m = Manifest.of(a);
    List<Manifest.Entry> entries = new ArrayList<>(m.artifacts());
    entries.add(Manifest.Entry.of(S3Publisher.FACT_SET, FactSets.toJson(factSet)));
    return new Manifest(m.manifestVersion(), m.phase(), m.lane(), m.executionId(), m.outcome(), m.policy(),
        m.policyDigest(), m.factSetDigest(), entries);
  }

  /**
   * Checks the options before anything is written: a publish needs an s3 URI, and a phase whose taxonomy names
   * the blocker a failed publish records (otherwise a failure could not be recorded, and nothing is written).
   *
   * @param engine the engine
   * @param factSet the fact set
   * @throws IllegalArgumentException when {@code --publish} is not an s3 URI or the execution id cannot be a key
   *     segment under it (exit 3)
   * @throws PolicyException when the phase names no durable-publish blocker (exit 4)
   */
  void validate(GateEngine engine, FactSet factSet) {
    if (publish != null) {
      S3Location.parse(publish).folder(factSet.executionId());
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
   * <p>A failed publish is recorded by assembling the artifacts again from what the rules concluded (no rule fires
   * twice), and the local set is rewritten with them: the blocker changes the register, the summary, the manifest
   * and, for a gate lane, the verdict, so rewriting the summary alone would leave a set that contradicts itself.
   *
   * @param engine the engine that adjudicated
   * @param judged the fact set and its adjudication, its set already written to {@code out} when given
   * @param out the artifact folder, or {@code null}
   * @param log where progress goes (stderr)
   * @return the final adjudication: the judged one, or one with the durable-publish blocker
   * @throws IOException when writing a local file fails
   */
  Adjudication finish(GateEngine engine, PolicyOptions.Judged judged, Path out, PrintWriter log)
      throws IOException {
    FactSet factSet = judged.factSet();
    Adjudication first = judged.adjudication();
    Adjudication a = first;
    if (publish != null) {
      S3Location where = S3Location.parse(publish);
      PublishResult r = publishWithin(where, publishedManifest(first, factSet), publishedFiles(first, factSet));
      if (r == null) {
        String why = "publish to " + where.uri(factSet.executionId()) + " did not finish within the deadline of "
            + publishDeadlineSeconds + " s (`--publish-deadline`)";
        log.println("publish:    " + why);
        a = judged.publishFailed().apply(java.util.List.of(why));
        if (out != null) {
          ArtifactWriter.write(a, out);
          log.println("artifacts:  rewritten in " + out + " with " + String.join(", ", a.summary().blockerCodes()));
        }
      } else if (r.durableReadbackOk()) {
        log.println("published:  " + r.uri() + " (" + r.objects().size() + " objects read back clean, "
            + r.serverSideEncryption() + ")");
      } else {
        log.println("publish:    " + r.uri() + " did not read back durably:");
        r.failures().forEach(f -> log.println("  - " + f));
        a = judged.publishFailed().apply(r.failures());
        if (out != null) {
          ArtifactWriter.write(a, out);
          log.println("artifacts:  rewritten in " + out + " with " + String.join(", ", a.summary().blockerCodes()));
        }
      }
    }
    if (a != first) {
      refuseCredentials(engine, a);
    }
    if (summaryMd != null) {
      byte[] md = Reports.markdown(a, template).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(summaryMd, md);
      if (stepSummary != null && !stepSummary.toString().isBlank()) {
        AtomicFiles.append(stepSummary, md);
      }
    }
    if (junit != null) {
      AtomicFiles.write(junit, Reports.junit(a).getBytes(StandardCharsets.UTF_8));
    }
    if (html != null) {
      AtomicFiles.write(html, Reports.html(a, template).getBytes(StandardCharsets.UTF_8));
    }
    if (sarif != null) {
      AtomicFiles.write(sarif, Reports.sarif(a, sarifLocation != null ? sarifLocation
          : a.summary().executionId() + ".factset.json"));
    }
    log.flush();
    return a;
  }

  /**
   * Publishes on another thread and waits at most the publish deadline; past it, the client is closed, which
   * aborts its connections, and the publish counts as failed.
   *
   * @return the result, or {@code null} when the deadline passed first
   */
  private PublishResult publishWithin(S3Location where, Manifest manifest, Map<String, byte[]> files) {
    if (publishDeadlineSeconds < 1) {
      throw new IllegalArgumentException("`--publish-deadline` must be at least 1 second");
    }
    S3Publisher publisher = S3Publisher.fromEnvironment(publishEndpoint,
        java.time.Duration.ofSeconds(publishDeadlineSeconds));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gate-publish");
      t.setDaemon(true);
      return t;
    });
    try {
      return pool.submit(() -> publisher.publish(where, manifest, files))
          .get(publishDeadlineSeconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      publisher.close();
    }
  }

  /**
   * Renders everything this command would write or print for an adjudication (manifest, reports, stdout) and
   * refuses, before the first byte goes out, when any of it looks like a credential by the engine's rules. The
   * engine has already checked the fact set and the artifacts.
   *
   * @throws dev.gateadjudicator.result.InvalidFactSetException naming the output and the rule (exit 3)
   */
  void refuseCredentials(GateEngine engine, Adjudication a) {
    Map<String, String> outputs = new TreeMap<>();
    outputs.put(Manifest.FILE, new String(Manifest.of(a).toJson(), StandardCharsets.UTF_8));
    outputs.put("standard output", json ? a.toJson() : HumanSummary.render(a));
    if (summaryMd != null) {
      outputs.put(summaryMd.toString(), Reports.markdown(a));
    }
    if (junit != null) {
      outputs.put(junit.toString(), Reports.junit(a));
    }
    if (html != null) {
      outputs.put(html.toString(), Reports.html(a));
    }
    outputs.forEach((where, text) -> engine.credentialIn(text).ifPresent(rule -> {
      throw new dev.gateadjudicator.result.InvalidFactSetException("", "`" + where + "` would carry something that "
          + "looks like a credential (rule `" + rule + "`); nothing was written");
    }));
  }

  /**
   * Writes the artifacts to {@code out}, publishes and reports them as asked, prints the summary, and returns the
   * exit code: the tail every adjudicating command shares.
   *
   * @param cmd the command's spec, for its streams
   * @param judged the fact set, the engine that judged it and the adjudication
   * @return the exit code
   * @throws IOException when writing fails
   */
  int emit(picocli.CommandLine.Model.CommandSpec cmd, PolicyOptions.Judged judged) throws IOException {
    GateEngine engine = judged.engine();
    Adjudication first = judged.adjudication();
    refuseCredentials(engine, first);
    if (out != null) {
      dev.gateadjudicator.output.ArtifactWriter.write(first, out);
    }
    Adjudication a = finish(engine, judged, out, cmd.commandLine().getErr());
    recorded = a;
    cmd.commandLine().getOut().print(json ? a.toJson() : HumanSummary.render(a));
    if (out != null && !json) {
      cmd.commandLine().getOut().println("artifacts:  " + a.artifacts().size() + " and manifest.json written to " + out);
    }
    cmd.commandLine().getOut().flush();
    return a.exitCode();
  }
}
