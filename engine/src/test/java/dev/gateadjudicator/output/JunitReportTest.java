package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.result.Adjudication;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  @Test
  void strictRerun_failsTheChecksWithTheirBlockersAndTheOutcome() throws Exception {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);
    Map<String, String> cases = failuresByCase(JunitReport.render(a));
    assertThat(cases).containsEntry("P6-V2-STREAM-COUNTERS", "M6P6-B2,M6P6-B3")
        .containsEntry("P6-V3-LAG-POSTURE", "M6P6-B4")
        .containsEntry("P6-V4-AMBIGUITY-CHECK", null)
        .containsEntry("P6-V5-EVIDENCE-OVERHEAD", null)
        .containsEntry(JunitReport.OUTCOME_CASE, "HOLD_REMEDIATE");
    assertThat(JunitReport.render(a)).contains("failures=\"3\"").contains("remediation: ");
  }

  @Test
  void passingLane_hasNoFailures() throws Exception {
    Adjudication a = OutputFixtures.adjudicate(OutputFixtures.LANE_PASS);
    assertThat(failuresByCase(JunitReport.render(a)).values()).containsOnlyNulls();
  }

  @Test
  void controlCharacters_areDroppedSoTheXmlStaysWellFormed() {
    assertThat(ReportText.xml("a\u0001b\tc")).isEqualTo("ab\tc");
  }

  /** Test case name to its failure type, {@code null} for a passed case, parsed with the JDK's XML parser. */
  private static Map<String, String> failuresByCase(String xml) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList cases = doc.getElementsByTagName("testcase");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      NodeList f = c.getElementsByTagName("failure");
      out.put(c.getAttribute("name"), f.getLength() == 0 ? null : ((Element) f.item(0)).getAttribute("type"));
    }
    return out;
  }
}
