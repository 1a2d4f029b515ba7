package dev.gateadjudicator.replay;

import java.util.List;
import java.util.Map;

/**
 * What a fixture expects. Every field but {@code exit_code} is optional; only the fields given are compared.
 *
 * @param exitCode expected CLI exit code (0 pass/ADVANCE, 1 HOLD, 2 NO_GO, 3 invalid input)
 * @param overallPass expected {@code overall_pass}
 * @param verdict expected gate verdict label
 * @param nextGate expected {@code next_gate}
 * @param blockerCodes expected active codes, any order
 * @param blockerCount expected {@code blocker_count}
 * @param effective expected effective execution id per rolled-up lane
 * @param superseded expected superseded execution ids, any order
 * @param waivedCodes expected waived codes, any order
 * @param errorPath for exit code 3, the JSON pointer the error names
 */
public record Expectation(
    int exitCode,
    Boolean overallPass,
    String verdict,
    String nextGate,
    List<String> blockerCodes,
    Integer blockerCount,
    Map<String, String> effective,
    List<String> superseded,
    List<String> waivedCodes,
    String errorPath) {}
