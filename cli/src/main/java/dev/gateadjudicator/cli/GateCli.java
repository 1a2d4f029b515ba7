package dev.gateadjudicator.cli;

import dev.gateadjudicator.InvalidFactSetException;
import dev.gateadjudicator.PolicyException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gate} command: adjudicate fact sets and replay fixtures. */
@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = GateVersion.class,
    description = "Decides whether a platform may move from one rollout phase to the next.",
    subcommands = {AdjudicateCommand.class, ReplayCommand.class, CheckCommand.class, TestCommand.class,
        DiffCommand.class, ExplainCommand.class, CollectCommand.class, RunCommand.class,
        CommandLine.HelpCommand.class})
public final class GateCli {
  private GateCli() {}

  /**
   * Runs the CLI.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the CLI without exiting, for tests and embedding.
   *
   * @param args arguments
   * @return the exit code
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new GateCli());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("gate: " + message(ex));
      cmd.getErr().flush();
      return exitCode(ex);
    });
    cli.setExitCodeExceptionMapper(GateCli::exitCode);
    return cli.execute(args);
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof InvalidFactSetException || ex instanceof NoSuchFileException) {
      return ExitCode.INVALID_INPUT;
    }
    if (ex instanceof PolicyException) {
      return ExitCode.POLICY;
    }
    if (ex instanceof IllegalArgumentException) {
      return ExitCode.INVALID_INPUT;
    }
    return ExitCode.USAGE;
  }

  private static String message(Throwable ex) {
    if (ex instanceof NoSuchFileException nsf) {
      return "no such file `" + nsf.getFile() + "`";
    }
    if (ex instanceof IOException io) {
      return "i/o error: " + io.getMessage();
    }
    return ex.getMessage() == null ? ex.toString() : ex.getMessage();
  }
}
