package dev.gateadjudicator.reference;

import java.util.SortedSet;

/** What a reference decides: {@code ADVANCE}, {@code HOLD_REMEDIATE} or {@code NO_GO_RESET_REQUIRED}, and the counted codes. */
public record Judgement(String outcome, SortedSet<String> codes) {}
