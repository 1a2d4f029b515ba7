package dev.gateadjudicator.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.GateVerdictFact;
import dev.gateadjudicator.fact.LaneResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Artifacts of earlier lane executions, from a local folder (searched recursively) or an
 * {@code s3://bucket/prefix} (S3 {@code ListObjectsV2} and {@code GetObject}).
 *
 * <ul>
 *   <li>{@code lane_result}: every {@code *_execution_summary.json} of the request's phase but another lane.
 *       {@code durable_readback_ok} is what the {@code publish_receipt.json} beside the summary in S3 says (the
 *       receipt {@code gate adjudicate --publish} writes after reading the set back), and {@code false} when
 *       there is no receipt, it cannot be read, it is for another execution, or the summary came from a local
 *       folder: a local copy proves nothing about durable storage.
 *   <li>{@code gate_verdict}: every {@code *_gate_verdict.json} of the previous phase (for P6, P5).
 * </ul>
 */
final class Summaries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Summaries() {}

  /**
   * The lane results probe.
   *
   * @param ctx the collection context
   * @return the probe
   */
  public static Probe laneResults(Context ctx) {
    String where = ctx.request().laneResults();
    return new Probe("lane-results", "lane_result", String.valueOf(where), () -> {
      List<Fact> out = new ArrayList<>();
      for (Doc d : read(ctx, "_execution_summary.json")) {
        JsonNode n = d.json();
        if (!ctx.request().phase().equals(n.path("phase").asText()) || ctx.request().lane().equals(n.path("lane").asText())) {
          continue;
        }
        List<String> codes = new ArrayList<>();
        n.path("blocker_codes").forEach(c -> codes.add(c.asText()));
        out.add(new LaneResult(null, d.location(), text(n, "lane", d), text(n, "execution_id", d),
            Instant.parse(text(n, "captured_at", d)), bool(n, "overall_pass", d), n.path("blocker_count").asLong(-1),
            codes, text(n, "next_gate", d), d.durable()));
      }
      if (out.isEmpty()) {
        throw new CollectionFailure(ErrorType.NOT_FOUND, "no `" + ctx.request().phase()
            + "` execution summary of another lane under `" + where + "`");
      }
      return out;
    });
  }

  /**
   * The upstream gate verdict probe.
   *
   * @param ctx the collection context
   * @param upstream the upstream phase, for example {@code P5}
   * @return the probe
   */
  public static Probe gateVerdicts(Context ctx, String upstream) {
    String where = ctx.request().laneResults();
    return new Probe("gate-verdict", "gate_verdict", upstream + " at " + where, () -> {
      List<Fact> out = new ArrayList<>();
      for (Doc d : read(ctx, "_gate_verdict.json")) {
        JsonNode n = d.json();
        if (upstream.equals(n.path("phase").asText())) {
          out.add(new GateVerdictFact(null, d.location(), upstream, text(n, "verdict", d), text(n, "execution_id", d)));
        }
      }
      if (out.isEmpty()) {
        throw new CollectionFailure(ErrorType.NOT_FOUND, "no `" + upstream + "` gate verdict under `" + where + "`");
      }
      return out;
    });
  }

  private static String text(JsonNode n, String field, Doc d) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + d.location() + "`: `" + field + "` is not a non-empty string");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode n, String field, Doc d) {
    JsonNode v = n.get(field);
    if (v == null || !v.isBoolean()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + d.location() + "`: `" + field + "` is not a boolean");
    }
    return v.booleanValue();
  }

  /** The receipt {@code gate adjudicate --publish} writes beside a published set. */
  static final String RECEIPT = "publish_receipt.json";

  /**
   * Whether the publish receipt beside a summary says its set read back durably. Fails closed: a missing,
   * unreadable or mismatched receipt is {@code false}, never an error that stops the collection.
   */
  private static boolean receiptSaysDurable(S3Client s3, String bucket, String summaryKey, JsonNode summary) {
    int slash = summaryKey.lastIndexOf('/');
    String receiptKey = (slash < 0 ? "" : summaryKey.substring(0, slash + 1)) + RECEIPT;
    try {
      JsonNode receipt = JSON.readTree(s3.getObjectAsBytes(r -> r.bucket(bucket).key(receiptKey)).asByteArray());
      return receipt.path("durable_readback_ok").isBoolean() && receipt.path("durable_readback_ok").booleanValue()
          && receipt.path("execution_id").asText("").equals(summary.path("execution_id").asText(null));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** One artifact read. */
  private record Doc(String location, JsonNode json, boolean durable) {}

  private static List<Doc> read(Context ctx, String suffix) throws IOException {
    String where = ctx.request().laneResults();
    if (where == null || where.isBlank()) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "no lane results location (folder or `s3://` prefix) was given");
    }
    List<Doc> out = new ArrayList<>();
    if (where.startsWith("s3://")) {
      URI u = URI.create(where);
      String bucket = u.getHost();
      String prefix = u.getPath() == null ? "" : u.getPath().replaceFirst("^/", "");
      S3Client s3 = ctx.clients().s3();
      List<String> keys = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
          .map(S3Object::key).filter(k -> k.endsWith(suffix)).sorted().toList();
      for (String key : keys) {
        ResponseBytes<GetObjectResponse> b = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
        JsonNode json = JSON.readTree(b.asByteArray());
        out.add(new Doc("s3://" + bucket + "/" + key, json, receiptSaysDurable(s3, bucket, key, json)));
      }
      return out;
    }
    Path root = Path.of(where);
    if (!Files.isDirectory(root)) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "lane results folder `" + where + "` does not exist");
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        out.add(new Doc(p.toString(), JSON.readTree(p.toFile()), false));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }
}
