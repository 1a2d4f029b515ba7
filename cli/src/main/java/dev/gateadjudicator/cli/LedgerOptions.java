package dev.gateadjudicator.cli;

import dev.gateadjudicator.ledger.Decision;
import dev.gateadjudicator.ledger.Ledger;
import dev.gateadjudicator.ledger.LedgerException;
import dev.gateadjudicator.ledger.LedgerUrl;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --ledger URL} option (default {@code $GATE_LEDGER}) of the commands that adjudicate, and of
 * {@code history}, {@code reaudit} and {@code ledger import}. A ledger that cannot be reached fails the command
 * with exit 64 after its artifacts were written, unless {@code --ledger-optional}; messages name the ledger with
 * its password removed.
 */
final class LedgerOptions {
  @Option(names = "--ledger", paramLabel = "URL", defaultValue = "${env:GATE_LEDGER}",
      description = "Record to this evidence ledger: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB "
          + "(default: $GATE_LEDGER).")
  String url;

  @Option(names = "--ledger-optional",
      description = "Warn instead of failing (exit 64) when the ledger cannot be reached.")
  boolean optional;

  /**
   * Whether a ledger is configured.
   *
   * @return true when {@code --ledger} or {@code GATE_LEDGER} is set
   */
  boolean configured() {
    return url != null && !url.isBlank();
  }

  /**
   * Opens the configured ledger for a command that needs one.
   *
   * @return the ledger
   * @throws LedgerException when none is configured or it cannot be reached (exit 64)
   */
  Ledger open() {
    if (!configured()) {
      throw new LedgerException("no ledger: give `--ledger jdbc:sqlite:FILE` or set `GATE_LEDGER`");
    }
    return Ledger.open(url);
  }

  /**
   * Records decisions when a ledger is configured; the artifacts are already written.
   *
   * @param spec the command, for its error stream
   * @param exitCode the command's exit code so far
   * @param decisions the decisions to record
   * @return {@code exitCode}, or 64 when the ledger failed and is not optional
   */
  int record(CommandSpec spec, int exitCode, List<Decision> decisions) {
    if (!configured()) {
      return exitCode;
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Ledger ledger = Ledger.open(url)) {
      int fresh = 0;
      for (Decision d : decisions) {
        fresh += ledger.record(d) ? 1 : 0;
      }
      err.printf("ledger:     %d recorded, %d already there, in %s%n", fresh, decisions.size() - fresh,
          ledger.name());
      err.flush();
      return exitCode;
    } catch (LedgerException | IllegalArgumentException e) {
      err.println("gate: " + e.getMessage());
      if (optional) {
        err.println("gate: --ledger-optional: continuing without recording `" + LedgerUrl.redact(url) + "`");
        err.flush();
        return exitCode;
      }
      err.flush();
      return ExitCode.USAGE;
    }
  }
}
