package dev.gateadjudicator.internal;

import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Waiver;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.BlockerDefinition;
import dev.gateadjudicator.result.WaiverReport;
import dev.gateadjudicator.rules.Finding;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a fact set's waivers against its {@code captured_at} and the taxonomy, and tells the findings sink which
 * live waiver, if any, covers a finding. Expired, malformed and not-waivable waivers never cover anything.
 */
public final class Waivers {
  private final List<Waiver> live = new ArrayList<>();
  private final List<WaiverReport> rejected = new ArrayList<>();

  private Waivers() {}

  /**
   * Assesses the waivers of a fact set.
   *
   * @param factSet the canonical fact set
   * @param definitions the policy's blocker definitions
   * @return the assessment
   */
  public static Waivers assess(FactSet factSet, Map<String, BlockerDefinition> definitions) {
    Waivers w = new Waivers();
    Instant now = factSet.capturedAt();
    for (Fact f : factSet.facts()) {
      if (!(f instanceof Waiver waiver)) {
        continue;
      }
      String problem = malformed(waiver, definitions);
      if (problem != null) {
        w.rejected.add(report(waiver, WaiverReport.MALFORMED, problem, 0));
        continue;
      }
      Instant expires = Instant.parse(waiver.expiresAt().trim());
      BlockerDefinition def = definitions.get(waiver.code());
      if (!expires.isAfter(now)) {
        w.rejected.add(report(waiver, WaiverReport.EXPIRED,
            "expired at " + expires + ", before the capture at " + now, 0));
      } else if (!waivable(def)) {
        w.rejected.add(report(waiver, WaiverReport.NOT_WAIVABLE, notWaivableReason(def), 0));
      } else {
        w.live.add(waiver);
      }
    }
    return w;
  }

  /**
   * Whether a waiver may cover a code: an S3/S4 code that needs no reset may always be waived; an S1/S2 or
   * reset-required code only when its taxonomy entry opts in with {@code "waivable": true}.
   *
   * @param def the code's taxonomy entry
   * @return true when a live waiver may cover it
   */
  public static boolean waivable(BlockerDefinition def) {
    return def.waivable() || (!def.severity().blocksAdvance() && !def.resetRequired());
  }

  private static String notWaivableReason(BlockerDefinition def) {
    String why = def.severity().blocksAdvance()
        ? "is " + def.severity() + (def.resetRequired() ? " and reset-required" : "")
        : "is reset-required";
    return "`" + def.code() + "` " + why + " and its taxonomy entry does not opt in with `\"waivable\": true`";
  }

  private static String malformed(Waiver w, Map<String, BlockerDefinition> definitions) {
    if (blank(w.code()) || !definitions.containsKey(w.code().trim())) {
      return "code `" + w.code() + "` is not in the taxonomy";
    }
    if (blank(w.subject())) {
      return "`subject` is empty (use `*` for every subject)";
    }
    if (blank(w.reason())) {
      return "`reason` is empty";
    }
    if (blank(w.approvedBy())) {
      return "`approved_by` is empty";
    }
    try {
      Instant.parse(w.expiresAt().trim());
    } catch (DateTimeParseException | NullPointerException e) {
      return "`expires_at` `" + w.expiresAt() + "` is not an RFC 3339 time";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The live waiver that covers a finding of this code and subject.
   *
   * @param code the finding's code
   * @param subject the finding's subject
   * @return the waiver's id, or {@code null} when none covers it
   */
  public String coverOf(String code, String subject) {
    for (Waiver w : live) {
      if (w.code().trim().equals(code)
          && (Waiver.ANY_SUBJECT.equals(w.subject().trim()) || w.subject().trim().equals(subject))) {
        return w.id();
      }
    }
    return null;
  }

  /**
   * Every waiver's fate after the session: applied (with how many findings), unused, expired, malformed or
   * not waivable; sorted by id.
   *
   * @param findings every finding raised
   * @return the reports
   */
  public List<WaiverReport> reports(List<Finding> findings) {
    List<WaiverReport> out = new ArrayList<>(rejected);
    for (Waiver w : live) {
      int n = (int) findings.stream().filter(f -> w.id().equals(f.waivedBy())).count();
      out.add(report(w, n > 0 ? WaiverReport.APPLIED : WaiverReport.UNUSED,
          n > 0 ? "covers " + n + " finding(s) until " + w.expiresAt().trim() : "live, but no finding matched it", n));
    }
    out.sort(java.util.Comparator.comparing(WaiverReport::id));
    return out;
  }

  private static WaiverReport report(Waiver w, String status, String detail, int n) {
    return new WaiverReport(w.id(), w.code(), w.subject(), w.approvedBy(), status, detail, n);
  }
}
