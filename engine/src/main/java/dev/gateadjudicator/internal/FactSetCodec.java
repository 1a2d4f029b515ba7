package dev.gateadjudicator.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.json.Json;
import dev.gateadjudicator.result.InvalidFactSetException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads, canonicalises and writes fact sets. Reading is strict and fail-closed: malformed JSON, a schema
 * violation or a value a fact record rejects is an {@link InvalidFactSetException} naming the JSON path.
 */
public final class FactSetCodec {
  /** The fact-set schema, below {@code schemas/}. */
  public static final String SCHEMA = Schemas.FACT_SET;

  private FactSetCodec() {}

  /**
   * Parses and validates a fact set, then canonicalises it.
   *
   * @param json the document
   * @return the canonical fact set
   * @throws InvalidFactSetException on any input error
   */
  public static FactSet read(byte[] json) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + " column " + loc.getColumnNr();
      String why = e.getOriginalMessage();
      if (Secrets.find(why).isPresent()) {
        why = "unreadable token (withheld: it looks like a credential)";
      }
      throw new InvalidFactSetException("", "malformed json" + where + ": " + why);
    } catch (IOException e) {
      throw new InvalidFactSetException("", "unreadable: " + e.getMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidFactSetException("", "empty document");
    }
    rejectCredentials(Secrets.defaults(), tree);
    List<Schemas.Violation> violations = Schemas.validate(SCHEMA, tree);
    if (!violations.isEmpty()) {
      Schemas.Violation first = violations.get(0);
      String all = violations.stream().map(v -> "`" + v.path() + "` " + v.message())
          .collect(Collectors.joining("; "));
      throw new InvalidFactSetException(first.path(), all);
    }
    FactSet raw;
    try {
      raw = Json.MAPPER.treeToValue(tree, FactSet.class);
    } catch (JsonMappingException e) {
      throw new InvalidFactSetException(pointer(e), rootMessage(e));
    } catch (JsonProcessingException e) {
      throw new InvalidFactSetException("", e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidFactSetException("", e.getMessage());
    }
    return canonical(raw);
  }

  /**
   * The canonical form of a fact set: every fact has an id (a content digest where none was given), ids are
   * unique, and facts are sorted by kind then id, so the order facts arrived in never shows.
   *
   * @param factSet a fact set
   * @return the canonical fact set
   * @throws InvalidFactSetException when two facts share an id
   */
  public static FactSet canonical(FactSet factSet) {
    if (alreadyCanonical(factSet.facts())) {
      return factSet;   // what parsing returns: copying it would give an equal fact set
    }
    List<Fact> withIds = new ArrayList<>();
    for (Fact f : factSet.facts()) {
      withIds.add(f.id() == null || f.id().isBlank() ? f.withId(contentId(f)) : f);
    }
    withIds.sort(Comparator.comparing(Fact::kind).thenComparing(Fact::id).thenComparing(Json::compact));
    Set<String> seen = new HashSet<>();
    for (Fact f : withIds) {
      if (!seen.add(f.id())) {
        int index = factSet.facts().indexOf(factSet.facts().stream()
            .filter(g -> f.id().equals(g.id()) || contentId(g).equals(f.id())).reduce((a, b) -> b).orElse(f));
        throw new InvalidFactSetException("/facts/" + Math.max(index, 0) + "/id",
            "duplicate fact id `" + f.id() + "`");
      }
    }
    return factSet.withFacts(withIds);
  }

  /**
   * Whether facts are already as {@link #canonical} leaves them: every one has an id, they are in strictly
   * increasing order of kind then id (so sorting would keep them as they are), and no two share an id.
   */
  private static boolean alreadyCanonical(List<Fact> facts) {
    Set<String> seen = new HashSet<>();
    Fact previous = null;
    for (Fact f : facts) {
      if (f.id() == null || f.id().isBlank() || !seen.add(f.id())) {
        return false;
      }
      if (previous != null) {
        int byKind = previous.kind().compareTo(f.kind());
        if (byKind > 0 || (byKind == 0 && previous.id().compareTo(f.id()) >= 0)) {
          return false;
        }
      }
      previous = f;
    }
    return true;
  }

  /**
   * The content id of a fact: its kind and the first 12 hex digits of the SHA-256 of its canonical JSON.
   *
   * @param fact a fact
   * @return the id, for example {@code lane_state:1a2b3c4d5e6f}
   */
  public static String contentId(Fact fact) {
    return fact.kind() + ":" + Digests.sha256(Json.compact(fact.withId(null))).substring(0, 12);
  }

  /**
   * The SHA-256 of the canonical fact set: the same whatever order its facts arrived in.
   *
   * @param canonical a canonical fact set
   * @return 64 hex digits
   */
  public static String digest(FactSet canonical) {
    return digest(toTree(canonical));
  }

  /**
   * The SHA-256 of a canonical fact set already turned into a tree by {@link #toTree}, so that an adjudication
   * builds the tree once for its credential scan and its digest.
   *
   * @param canonicalTree {@code toTree} of a canonical fact set
   * @return 64 hex digits
   */
  public static String digest(JsonNode canonicalTree) {
    return Digests.sha256(Json.compact(canonicalTree));
  }

  /**
   * A fact set as a JSON tree, with its facts' {@code kind}.
   *
   * @param factSet a fact set
   * @return the tree
   */
  public static JsonNode toTree(FactSet factSet) {
    return Json.canonicalTree(factSet);
  }

  /**
   * Rejects any string, value or object key, that looks like a credential: secrets never enter facts, so they
   * never reach an artifact, a report or a log. The message names the path and the rule, never the value.
   *
   * @param secrets the credential rules
   * @param tree a fact set as JSON
   * @throws InvalidFactSetException naming the path and the rule of the first credential
   */
  public static void rejectCredentials(Secrets secrets, JsonNode tree) {
    secrets.scanTree(tree).ifPresent(hit -> {
      throw new InvalidFactSetException(hit.path(), "value looks like a credential (rule `" + hit.rule()
          + "`); secrets must never be collected into facts");
    });
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
