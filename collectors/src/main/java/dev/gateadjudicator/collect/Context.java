package dev.gateadjudicator.collect;

import dev.gateadjudicator.fact.ErrorType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every collector of one collection shares: the request, its pinned handles and the clients.
 *
 * @param request the request
 * @param settings the settings
 * @param clients the clients
 */
record Context(CollectionRequest request, CollectionSettings settings, Clients clients) {
  private static final Pattern RUN_STAMP = Pattern.compile("_(\\d{8}T\\d{6}Z)$");

  /**
   * A pinned handle's value, or a failure naming it.
   *
   * @param name the handle
   * @return its value, trimmed
   * @throws CollectionFailure when the handle is absent or {@code TO_PIN}
   */
  public String required(String name) {
    String v = request.registry().pinned(name);
    if (v == null) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "handle `" + name + "` is not pinned in the registry");
    }
    return v;
  }

  /**
   * A pinned handle's value, or {@code null}.
   *
   * @param name the handle
   * @return its value or {@code null}
   */
  public String optional(String name) {
    return request.registry().pinned(name);
  }

  /**
   * A pinned list handle's items.
   *
   * @param name the handle
   * @return its non-empty comma-separated items
   */
  public List<String> list(String name) {
    return Arrays.stream(required(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The platform run id, required by run-scoped reads.
   *
   * @return the run id
   */
  public String platformRunId() {
    String id = request.platformRunId();
    if (id == null || id.isBlank()) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "no `platform_run_id` was given for a run-scoped read");
    }
    return id;
  }

  /**
   * The platform run id, or an empty string when none was given.
   *
   * @return the run id or {@code ""}
   */
  public String platformRunIdOrEmpty() {
    return request.platformRunId() == null ? "" : request.platformRunId();
  }

  /**
   * The run window's start: the request's, or the {@code _YYYYMMDDTHHMMSSZ} suffix of the run id.
   *
   * @return the start
   */
  public Instant windowStart() {
    if (request.windowStart() != null) {
      return request.windowStart();
    }
    Matcher m = RUN_STAMP.matcher(platformRunId());
    if (!m.find()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "no run window start given and `" + platformRunId()
          + "` carries no `_YYYYMMDDTHHMMSSZ` stamp");
    }
    Instant start = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
        .toInstant(ZoneOffset.UTC);
    if (start.isAfter(request.capturedAt())) {
      throw new CollectionFailure(ErrorType.MALFORMED, "run window start " + start + " is after the capture time");
    }
    return start;
  }

  /**
   * The run window's end: the capture time.
   *
   * @return the end
   */
  public Instant windowEnd() {
    return request.capturedAt();
  }
}
