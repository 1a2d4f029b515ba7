package dev.gateadjudicator.cli;

import dev.gateadjudicator.ledger.LedgerException;
import dev.gateadjudicator.result.InvalidFactSetException;
import dev.gateadjudicator.result.PolicyException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gate} command: adjudicate fact sets and replay fixtures. Its subcommands are in {@link #SUBCOMMANDS}.
 */
@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = GateVersion.class,
    description = "Decides whether a platform may move from one rollout phase to the next.")
public final class GateCli {
  /**
   * The subcommands, in the order help lists them. Picocli builds the model of a command by reflection over its
   * options and mixins, so a run that names one of them builds only that one (a cold {@code gate adjudicate} then
   * does not pay for the other eleven); any other first argument ({@code --help}, {@code help}, a typo that
   * picocli answers with suggestions) gets them all.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(AdjudicateCommand.class, ReplayCommand.class,
      CheckCommand.class, TestCommand.class, DiffCommand.class, ExplainCommand.class, CollectCommand.class,
      RunCommand.class, RegistryCommand.class, HistoryCommand.class, ReauditCommand.class, LedgerCommand.class,
      CommandLine.HelpCommand.class);

  /**
   * The subcommands that adjudicate a fact-set file with {@link PolicyOptions}: a run of one of them starts
   * building the default policy's engine before picocli has even read the arguments.
   */
  private static final List<Class<?>> ADJUDICATING = List.of(AdjudicateCommand.class, ExplainCommand.class);

  /** The default policy's engine, started ahead for this run; {@code null} once taken, or when not started. */
  private java.util.concurrent.CompletableFuture<dev.gateadjudicator.GateEngine> defaultEngine;

  private GateCli() {}

  /**
   * The default policy's engine that this run started building ahead, handed out once.
   *
   * @return the pending engine, or {@code null} when none was started or it was taken
   */
  synchronized java.util.concurrent.CompletableFuture<dev.gateadjudicator.GateEngine> takeDefaultEngine() {
    var pending = defaultEngine;
    defaultEngine = null;
    return pending;
  }

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
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
        .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    GateCli root = new GateCli();
    if (named != null && ADJUDICATING.contains(named) && usesDefaultPolicy(args)) {
      // building the engine is the larger share of a cold start, and picocli's set-up the next: overlap them. A
      // run that turns out not to want it (say `--rules` came from an @file) merely never takes it.
      root.defaultEngine = java.util.concurrent.CompletableFuture.supplyAsync(
          dev.gateadjudicator.GateEngine::withDefaultPolicy);
    }
    CommandLine cli = new CommandLine(root);
    for (Class<?> c : SUBCOMMANDS) {
      if (named == null || c == named) {
        cli.addSubcommand(c);
      }
    }
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> report(cmd.getErr(), ex));
    cli.setExitCodeExceptionMapper(GateCli::exitCode);
    try {
      return cli.execute(args);
    } catch (Throwable t) {
      // an Error (out of memory, stack overflow) escapes picocli's handler: still one line and a distinct code
      return report(cli.getErr(), t);
    }
  }

  /** Whether the arguments ask for the default policy and an adjudication (not `--rules`, help or the version). */
  private static boolean usesDefaultPolicy(String... args) {
    for (String a : args) {
      if (a.equals("--rules") || a.startsWith("--rules=") || a.equals("-h") || a.equals("--help")
          || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    return true;
  }

  static int report(java.io.PrintWriter err, Throwable ex) {
    try {
      err.println("gate: " + escape(message(ex)));
      err.flush();
    } catch (Throwable ignored) {
      // nothing more can be said; the exit code still tells
    }
    return exitCode(ex);
  }

  static int exitCode(Throwable ex) {
    Throwable t = unwrap(ex);
    if (t instanceof InvalidFactSetException || t instanceof NoSuchFileException) {
      return ExitCode.INVALID_INPUT;
    }
    if (t instanceof PolicyException) {
      return ExitCode.POLICY;
    }
    if (t instanceof IllegalArgumentException) {
      return ExitCode.INVALID_INPUT;
    }
    if (t instanceof IOException || t instanceof java.io.UncheckedIOException
        || t instanceof CommandLine.ParameterException || t instanceof LedgerException) {
      return ExitCode.USAGE;
    }
    return ExitCode.INTERNAL;
  }

  private static Throwable unwrap(Throwable ex) {
    Throwable t = ex;
    while ((t instanceof java.util.concurrent.CompletionException
        || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String message(Throwable ex) {
    Throwable t = unwrap(ex);
    if (t instanceof java.io.UncheckedIOException io) {
      t = io.getCause();
    }
    if (t instanceof NoSuchFileException nsf) {
      return "no such file `" + nsf.getFile() + "`";
    }
    if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
      return "i/o error: `" + fs.getFile() + "`: "
          + (fs.getReason() == null ? "cannot be read or written" : fs.getReason().toLowerCase(java.util.Locale.ROOT));
    }
    if (t instanceof IOException io) {
      return "i/o error: " + io.getMessage();
    }
    if (exitCode(t) == ExitCode.INTERNAL) {
      // never a stack trace or a class name: a one-line description of what kind of failure it was
      String what = t instanceof OutOfMemoryError ? "out of memory (give the JVM more heap, e.g. JAVA_OPTS=-Xmx4g)"
          : t instanceof StackOverflowError ? "stack exhausted"
          : "unexpected failure";
      return "internal error: " + what + "; nothing was judged or written (exit " + ExitCode.INTERNAL + ")";
    }
    return t.getMessage() == null ? "invalid input" : t.getMessage();
  }

  /**
   * A message with control characters escaped (a line break as backslash-n, a NUL as backslash-u0000), so that input cannot forge
   * lines or terminal escapes on stderr.
   *
   * @param text a message
   * @return one line, printable
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
