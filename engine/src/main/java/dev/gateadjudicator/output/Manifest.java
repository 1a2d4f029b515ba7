package dev.gateadjudicator.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.internal.Digests;
import dev.gateadjudicator.internal.Schemas;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code manifest.json}: every artifact of a set with its SHA-256 and size, and the digests of the policy and
 * fact set that produced it. It carries no wall-clock time, so the same adjudication gives the same bytes.
 *
 * @param manifestVersion format version, {@code 1}
 * @param phase phase
 * @param lane lane
 * @param executionId execution id
 * @param outcome the adjudication's outcome, for example {@code HOLD_REMEDIATE}
 * @param policy policy name
 * @param policyDigest SHA-256 of the policy
 * @param factSetDigest SHA-256 of the canonical fact set
 * @param artifacts the artifacts, sorted by file name
 */
public record Manifest(
    int manifestVersion,
    String phase,
    String lane,
    String executionId,
    String outcome,
    String policy,
    String policyDigest,
    String factSetDigest,
    List<Entry> artifacts) {

  /** The manifest's file name inside an artifact set. */
  public static final String FILE = "manifest.json";
  /** The manifest's schema, below {@code schemas/}. */
  public static final String SCHEMA = "artifacts/manifest.schema.json";
  /** The format version this class writes. */
  public static final int VERSION = 1;

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Validates the fields, sorts the entries and rejects duplicate names. */
  public Manifest {
    if (manifestVersion != VERSION) {
      throw new IllegalArgumentException("`manifest_version` must be " + VERSION + ", was " + manifestVersion);
    }
    requireText(phase, "phase");
    requireText(lane, "lane");
    requireText(executionId, "execution_id");
    requireText(outcome, "outcome");
    requireText(policy, "policy");
    requireDigest(policyDigest, "policy_digest");
    requireDigest(factSetDigest, "fact_set_digest");
    artifacts = artifacts.stream().sorted(Comparator.comparing(Entry::file)).toList();
    for (int i = 1; i < artifacts.size(); i++) {
      if (artifacts.get(i).file().equals(artifacts.get(i - 1).file())) {
        throw new IllegalArgumentException("artifact `" + artifacts.get(i).file() + "` is listed twice");
      }
    }
  }

  /**
   * One artifact of the set.
   *
   * @param file file name, without folders
   * @param sha256 SHA-256 of its bytes, 64 lowercase hex digits
   * @param size its size in bytes
   */
  public record Entry(String file, String sha256, long size) {
    /** Validates the name (no folders, no dot files, never the manifest itself) and the digest. */
    public Entry {
      if (file == null || !SAFE_NAME.matcher(file).matches() || FILE.equals(file)) {
        throw new IllegalArgumentException("artifact name `" + file + "` is not a plain file name");
      }
      requireDigest(sha256, "sha256");
      if (size < 0) {
        throw new IllegalArgumentException("`size` must not be negative");
      }
    }

    /**
     * The entry of some bytes.
     *
     * @param file file name
     * @param bytes contents
     * @return the entry
     */
    public static Entry of(String file, byte[] bytes) {
      return new Entry(file, Digests.sha256(bytes), bytes.length);
    }

    /**
     * Whether some bytes are exactly this artifact.
     *
     * @param bytes bytes read back
     * @return true when size and SHA-256 match
     */
    public boolean matches(byte[] bytes) {
      return bytes.length == size && Digests.sha256(bytes).equals(sha256);
    }
  }

  /**
   * The manifest of an adjudication's artifacts.
   *
   * @param a the adjudication
   * @return the manifest
   */
  public static Manifest of(Adjudication a) {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, String> e : a.artifacts().entrySet()) {
      entries.add(Entry.of(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return new Manifest(VERSION, a.summary().phase(), a.summary().lane(), a.summary().executionId(),
        a.outcome().name(), a.policy(), a.policyDigest(), a.factSetDigest(), entries);
  }

  /**
   * Reads a manifest.
   *
   * @param json its bytes
   * @return the manifest
   * @throws IOException when it is not a valid manifest
   */
  public static Manifest parse(byte[] json) throws IOException {
    try {
      JsonNode tree = Json.MAPPER.readTree(json);
      List<Schemas.Violation> violations = Schemas.validate(SCHEMA, tree);
      if (!violations.isEmpty()) {
        throw new IOException("invalid `" + FILE + "`: `" + violations.get(0).path() + "` "
            + violations.get(0).message());
      }
      return Json.MAPPER.treeToValue(tree, Manifest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException("invalid `" + FILE + "`: " + e.getMessage(), e);
    }
  }

  /**
   * This manifest as canonical JSON.
   *
   * @return UTF-8 bytes
   */
  public byte[] toJson() {
    JsonNode tree = Json.canonicalTree(this);
    List<Schemas.Violation> violations = Schemas.validate(SCHEMA, tree);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("engine bug: `" + FILE + "` breaks `" + SCHEMA + "` at `"
          + violations.get(0).path() + "`: " + violations.get(0).message());
    }
    return Json.pretty(tree);
  }

  /**
   * The entry of a file.
   *
   * @param file file name
   * @return the entry, if listed
   */
  public Optional<Entry> entry(String file) {
    return artifacts.stream().filter(e -> e.file().equals(file)).findFirst();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("`" + name + "` is required");
    }
  }

  private static void requireDigest(String value, String name) {
    if (value == null || !SHA256.matcher(value).matches()) {
      throw new IllegalArgumentException("`" + name + "` must be 64 lowercase hex digits");
    }
  }
}
