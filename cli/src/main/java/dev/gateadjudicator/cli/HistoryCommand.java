package dev.gateadjudicator.cli;

import dev.gateadjudicator.ledger.Ledger;
import dev.gateadjudicator.ledger.Timeline;
import dev.gateadjudicator.support.AtomicFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate history --phase P6 [--lane M6.F] [--platform-run-id ID]}: a phase's timeline per lane from the ledger. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Print a phase's timeline per lane from the evidence ledger: when, execution id, outcome, codes, "
        + "policy digest, superseded or effective, and what recorded re-audits reopened.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed (also when empty)", "64:no ledger, or the ledger cannot be read"})
final class HistoryCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--phase", paramLabel = "PHASE", required = true, description = "The phase, e.g. P6.")
  String phase;

  @Option(names = "--lane", paramLabel = "LANE", description = "Only this lane, e.g. M6.F.")
  String lane;

  @Option(names = "--platform-run-id", paramLabel = "ID", description = "Only this platform run.")
  String platformRunId;

  @Option(names = "--json", description = "Print the timeline as JSON.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the timeline as a self-contained page.")
  Path html;

  @Mixin
  LedgerOptions ledger;

  @Override
  public Integer call() throws Exception {
    List<Timeline.Row> rows;
    String name;
    try (Ledger l = ledger.open()) {
      rows = Timeline.of(l.decisions(phase), l.reauditChanges(), lane, platformRunId);
      name = l.name();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? HistoryReport.json(phase, rows) : HistoryReport.text(phase, name, rows));
    out.flush();
    if (html != null) {
      AtomicFiles.write(html, HistoryReport.html(phase, rows).getBytes(StandardCharsets.UTF_8));
    }
    return ExitCode.OK;
  }
}
