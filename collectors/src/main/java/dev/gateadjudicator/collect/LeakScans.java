package dev.gateadjudicator.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.PlaintextLeakScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code plaintext_leak_scan}, two scopes, each scanned with the project's credential detector
 * ({@link CredentialDetector}). Values are never kept: a finding names a location and the kind of credential.
 *
 * <ul>
 *   <li>{@code terraform_output:all_stacks}: every {@code RECEIPTS/<stack>/output.json} (a saved
 *       {@code terraform output -json}) under {@code --terraform-receipts}; an item is one output. No output file
 *       at all is a {@code NOT_FOUND} error.
 *   <li>{@code evidence:s3://BUCKET/PREFIX}: every object under {@code EVIDENCE_SCAN_PREFIX} in
 *       {@code S3_EVIDENCE_BUCKET} (S3 {@code ListObjectsV2} and {@code GetObject}); an item is one object. An
 *       object larger than {@value #MAX_OBJECT_BYTES} bytes is not read and is a finding ("not scanned"), so an
 *       unscanned object never counts as clean.
 * </ul>
 */
final class LeakScans {
  /** The largest evidence object read; larger ones are findings. */
  static final long MAX_OBJECT_BYTES = 8L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private LeakScans() {}

  /**
   * The two scan probes.
   *
   * @param ctx the context
   * @return the probes
   */
  public static List<Probe> probes(Context ctx) {
    return List.of(
        new Probe("leak-scan-outputs", "plaintext_leak_scan", "terraform_output:all_stacks", () -> List.of(outputs(ctx))),
        new Probe("leak-scan-evidence", "plaintext_leak_scan", "EVIDENCE_SCAN_PREFIX", () -> List.of(evidence(ctx))));
  }

  private static Fact outputs(Context ctx) throws IOException {
    Path base = ctx.request().terraformReceipts();
    if (base == null) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "no Terraform receipts folder was given (`--terraform-receipts`)");
    }
    if (!Files.isDirectory(base)) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "receipts folder `" + base + "` does not exist");
    }
    List<Path> files;
    try (Stream<Path> dirs = Files.list(base)) {
      files = dirs.map(d -> d.resolve("output.json")).filter(Files::isRegularFile).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "no saved `terraform output -json` (`<stack>/output.json`) under `"
          + base + "`");
    }
    long items = 0;
    List<String> findings = new ArrayList<>();
    for (Path f : files) {
      String stack = f.getParent().getFileName().toString();
      JsonNode root;
      try {
        root = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` is not JSON");
      }
      if (root == null || !root.isObject()) {
        throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` is not a JSON object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        items++;
        JsonNode value = e.getValue().has("value") ? e.getValue().get("value") : e.getValue();
        Optional<String> kind = CredentialDetector.find(value.isTextual() ? value.asText() : value.toString());
        kind.ifPresent(k -> findings.add(stack + " output " + e.getKey() + " (" + k + ")"));
      }
    }
    return new PlaintextLeakScan(null, "disk:" + base + "/*/output.json", "terraform_output:all_stacks", items, findings);
  }

  private static Fact evidence(Context ctx) {
    String bucket = ctx.required("S3_EVIDENCE_BUCKET");
    String prefix = ctx.required("EVIDENCE_SCAN_PREFIX");
    S3Client s3 = ctx.clients().s3();
    List<S3Object> objects = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
        .sorted(java.util.Comparator.comparing(S3Object::key)).toList();
    List<String> findings = new ArrayList<>();
    for (S3Object o : objects) {
      String where = "s3://" + bucket + "/" + o.key();
      if (o.size() != null && o.size() > MAX_OBJECT_BYTES) {
        findings.add(where + " (not scanned: " + o.size() + " bytes)");
        continue;
      }
      String text = new String(s3.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray(),
          StandardCharsets.UTF_8);
      CredentialDetector.find(text).ifPresent(k -> findings.add(where + " (" + k + ")"));
    }
    return new PlaintextLeakScan(null, "s3:ListObjectsV2+GetObject", "evidence:s3://" + bucket + "/" + prefix,
        objects.size(), findings);
  }
}
