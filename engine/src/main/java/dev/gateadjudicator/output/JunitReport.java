package dev.gateadjudicator.output;

import dev.gateadjudicator.result.Adjudication;
import dev.gateadjudicator.result.Blocker;
import dev.gateadjudicator.result.CheckResult;
import dev.gateadjudicator.result.CheckStatus;
import dev.gateadjudicator.result.FindingEntry;
import dev.gateadjudicator.result.Verdict;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML report ({@code --junit}): one test case per check, failed with its blockers, plus one for the
 * outcome, which fails unless the lane passed or the gate advanced (so a hold without a failed check still shows
 * red). No durations or timestamps, so the same adjudication gives the same bytes.
 */
final class JunitReport {
  /** The name of the test case that carries the outcome. */
  public static final String OUTCOME_CASE = "outcome";

  private JunitReport() {}

  /**
   * Renders the report.
   *
   * @param a the adjudication
   * @return JUnit XML text
   */
  public static String render(Adjudication a) {
    List<CheckResult> checks = a.rollup().checks();
    long failures = checks.stream().filter(c -> c.status() == CheckStatus.FAIL).count()
        + (a.outcome() == Verdict.ADVANCE ? 0 : 1);
    String suite = a.summary().phase() + " " + a.summary().lane() + " " + a.summary().executionId();
    String className = "gate." + a.summary().phase() + "." + a.summary().lane();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "gate-adjudicator");
      x.writeAttribute("tests", Integer.toString(checks.size() + 1));
      x.writeAttribute("failures", Long.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", ReportText.xml(suite));
      x.writeAttribute("tests", Integer.toString(checks.size() + 1));
      x.writeAttribute("failures", Long.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      for (CheckResult c : checks) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", ReportText.xml(className));
        x.writeAttribute("name", ReportText.xml(c.check()));
        if (c.status() == CheckStatus.FAIL) {
          x.writeCharacters("\n      ");
          x.writeStartElement("failure");
          x.writeAttribute("type", ReportText.xml(String.join(",", c.blockerCodes())));
          x.writeAttribute("message", ReportText.xml(c.check() + " failed: " + String.join(", ", c.blockerCodes())));
          x.writeCharacters(ReportText.xml(details(a, c)));
          x.writeEndElement();
          x.writeCharacters("\n    ");
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", ReportText.xml(className));
      x.writeAttribute("name", OUTCOME_CASE);
      if (a.outcome() != Verdict.ADVANCE) {
        x.writeCharacters("\n      ");
        x.writeStartElement("failure");
        x.writeAttribute("type", a.outcome().name());
        x.writeAttribute("message", ReportText.xml(ReportText.outcome(a) + ", next gate "
            + a.summary().nextGate() + (a.summary().blockerCodes().isEmpty() ? "" : ", blockers "
                + String.join(", ", a.summary().blockerCodes()))));
        x.writeCharacters("policy " + a.policy() + " sha256 " + a.policyDigest() + "\nfact set sha256 "
            + a.factSetDigest() + "\n");
        x.writeEndElement();
        x.writeCharacters("\n    ");
      }
      x.writeEndElement();
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot render the junit report: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String details(Adjudication a, CheckResult c) {
    StringBuilder sb = new StringBuilder("\n");
    for (Blocker b : a.register().blockers()) {
      if (!c.blockerCodes().contains(b.code()) || !c.check().equals(b.check())) {
        continue;
      }
      sb.append(b.code()).append(" [").append(b.severity()).append(b.resetRequired() ? ", reset required" : "")
          .append("] ").append(b.title()).append('\n');
      for (FindingEntry f : b.findings()) {
        sb.append("  - ").append(f.subject() == null ? "" : f.subject() + ": ").append(f.detail()).append('\n');
      }
      sb.append("  remediation: ").append(b.remediation()).append('\n');
    }
    return sb.toString();
  }
}
