package dev.gateadjudicator.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.fact.LaneResult;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.publish.S3Location;
import dev.gateadjudicator.publish.S3Publisher;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads published artifact sets ({@code <prefix>/<execution_id>/manifest.json} and the files it lists, the fact
 * set among them when it was published) back as ledger decisions. Every file is checked against the manifest's
 * SHA-256 and size first; a set with a missing or differing file is refused, named, and never recorded.
 */
public final class ArtifactImport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final S3Client s3;

  /**
   * An importer reading with a client the caller owns.
   *
   * @param s3 the S3 client
   */
  public ArtifactImport(S3Client s3) {
    this.s3 = s3;
  }

  /**
   * What one published set gave.
   *
   * @param uri the set's folder
   * @param decision the decision, or {@code null} when refused
   * @param refusal why it was refused, or {@code null}
   */
  public record Result(String uri, Decision decision, String refusal) {}

  /**
   * Reads every set below a prefix, in key order.
   *
   * @param location bucket and prefix
   * @return one result per {@code manifest.json} found
   * @throws LedgerException when the prefix cannot be listed
   */
  public List<Result> read(S3Location location) {
    List<String> manifests = new ArrayList<>();
    try {
      for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(location.bucket()).prefix(location.prefix()))
          .contents()) {
        if (o.key().endsWith("/" + Manifest.FILE)) {
          manifests.add(o.key());
        }
      }
    } catch (SdkException e) {
      throw new LedgerException("cannot list `s3://" + location.bucket() + "/" + location.prefix() + "`: "
          + e.getMessage());
    }
    manifests.sort(null);
    List<Result> out = new ArrayList<>();
    for (String key : manifests) {
      String folder = key.substring(0, key.length() - Manifest.FILE.length());
      String uri = "s3://" + location.bucket() + "/" + folder;
      try {
        out.add(new Result(uri, readSet(location.bucket(), folder, uri), null));
      } catch (Refused e) {
        out.add(new Result(uri, null, e.getMessage()));
      }
    }
    return out;
  }

  private Decision readSet(String bucket, String folder, String uri) {
    Manifest m;
    try {
      m = Manifest.parse(get(bucket, folder + Manifest.FILE));
    } catch (IOException | IllegalArgumentException e) {
      throw new Refused("`" + uri + Manifest.FILE + "` is not a valid manifest: " + e.getMessage());
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (Manifest.Entry e : m.artifacts()) {
      byte[] bytes = get(bucket, folder + e.file());
      if (bytes == null) {
        throw new Refused("`" + uri + e.file() + "` is listed in the manifest but missing");
      }
      if (!e.matches(bytes)) {
        throw new Refused("`" + uri + e.file() + "` does not match its SHA-256 or size in the manifest");
      }
      files.put(e.file(), bytes);
    }
    JsonNode summary = json(files, "_execution_summary.json", uri);
    if (summary == null) {
      throw new Refused("`" + uri + "` holds no execution summary");
    }
    FactSet fs = null;
    byte[] factSet = files.get(S3Publisher.FACT_SET);
    if (factSet != null) {
      try {
        fs = FactSets.parse(factSet);
      } catch (RuntimeException e) {
        throw new Refused("`" + uri + S3Publisher.FACT_SET + "` is not a valid fact set: " + e.getMessage());
      }
      if (!fs.executionId().equals(m.executionId()) || !fs.lane().equals(m.lane())) {
        throw new Refused("`" + uri + S3Publisher.FACT_SET + "` is execution `" + fs.executionId()
            + "`, the manifest names `" + m.executionId() + "`");
      }
    }
    if (!summary.path("execution_id").asText().equals(m.executionId())) {
      throw new Refused("`" + uri + "` summary is execution `" + summary.path("execution_id").asText()
          + "`, the manifest names `" + m.executionId() + "`");
    }
    TreeSet<String> rules = new TreeSet<>();
    JsonNode register = json(files, "_blocker_register.json", uri);
    if (register != null) {
      for (String section : List.of("blockers", "waived")) {
        for (JsonNode b : register.path(section)) {
          for (JsonNode f : b.path("findings")) {
            if (f.hasNonNull("rule")) {
              rules.add(f.get("rule").asText());
            }
          }
        }
      }
    }
    List<String> decidedBy = new ArrayList<>();
    JsonNode verdict = json(files, "_gate_verdict.json", uri);
    if (verdict != null) {
      verdict.path("decided_by").forEach(n -> decidedBy.add(n.asText()));
    }
    TreeSet<String> rolled = new TreeSet<>();
    if (fs != null) {
      fs.facts().stream().filter(LaneResult.class::isInstance)
          .forEach(f -> rolled.add(((LaneResult) f).executionId()));
    }
    List<String> codes = new ArrayList<>();
    summary.path("blocker_codes").forEach(n -> codes.add(n.asText()));
    return new Decision(Decision.decisionId(m.policyDigest(), m.factSetDigest(), m.lane()), m.phase(), m.lane(),
        m.executionId(), fs == null ? null : fs.platformRunId(), Instant.parse(summary.path("captured_at").asText()),
        m.policy(), m.policyDigest(), m.factSetDigest(), m.outcome(),
        summary.hasNonNull("verdict") ? summary.get("verdict").asText() : null,
        summary.path("overall_pass").asBoolean(), summary.path("next_gate").asText(null), codes,
        List.copyOf(rules), decidedBy, List.copyOf(rolled), List.of(), uri,
        fs == null ? null : uri + S3Publisher.FACT_SET, factSet == null ? null : Decision.gzip(factSet), "import");
  }

  private static JsonNode json(TreeMap<String, byte[]> files, String suffix, String uri) {
    for (var e : files.entrySet()) {
      if (e.getKey().endsWith(suffix)) {
        try {
          return JSON.readTree(e.getValue());
        } catch (IOException ex) {
          throw new Refused("`" + uri + e.getKey() + "` is not JSON");
        }
      }
    }
    return null;
  }

  private byte[] get(String bucket, String key) {
    try {
      return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      return null;
    } catch (SdkException e) {
      throw new Refused("cannot read `s3://" + bucket + "/" + key + "`: " + e.getMessage());
    }
  }

  /** A set that cannot be imported. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
