package dev.gateadjudicator.cli;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by the commands that adjudicate. */
final class PolicyOptions {
  /** The command this is mixed into, for the engine {@link GateCli} may have started ahead. */
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Policy folder to use instead of the bundled default (e.g. rules/legacy-p6).")
  Path rules;

  /** The default of {@code --max-input-bytes}: 32 MiB. */
  static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;

  @Option(names = "--max-input-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_INPUT_BYTES,
      description = "Refuse a fact-set file larger than N bytes before reading it, as invalid input (exit 3). "
          + "Default: ${DEFAULT-VALUE} (32 MiB).")
  long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

  /**
   * The engine for the chosen policy.
   *
   * @return the engine
   */
  GateEngine engine() {
    return rules == null ? GateEngine.withDefaultPolicy() : GateEngine.fromPolicyDirectory(rules);
  }

  /**
   * A fact set, the engine that judged it, the result, and how to record a failed durable publish of that result
   * (the engine's {@link dev.gateadjudicator.Judgement}, plus whatever the command added to the artifacts).
   */
  record Judged(dev.gateadjudicator.input.FactSet factSet, GateEngine engine, dev.gateadjudicator.result.Adjudication adjudication,
      java.util.function.Function<java.util.List<String>, dev.gateadjudicator.result.Adjudication> publishFailed) {

    /** The judgement as the engine made it. */
    static Judged of(dev.gateadjudicator.input.FactSet factSet, GateEngine engine, dev.gateadjudicator.Judgement j) {
      return new Judged(factSet, engine, j.adjudication(), j::withDurablePublishFailure);
    }
  }

  /**
   * Reads a fact-set file while the policy compiles, then adjudicates it.
   *
   * @param file the fact-set file
   * @return what was judged, by what, and the result
   * @throws java.io.IOException when the file cannot be read
   */
  Judged adjudicate(java.nio.file.Path file) throws java.io.IOException {
    return adjudicate(file, (engine, fs) -> { });
  }

  /**
   * Reads a fact-set file (or a fact-set patch, resolved against its base by {@link FactSets#resolve}) while the policy compiles, checks it,
   * then adjudicates it.
   *
   * @param file the fact-set file
   * @param precheck what to check once both are ready and before adjudicating (it throws to stop)
   * @return what was judged, by what, and the result
   * @throws java.io.IOException when the file cannot be read
   */
  Judged adjudicate(java.nio.file.Path file,
      java.util.function.BiConsumer<GateEngine, dev.gateadjudicator.input.FactSet> precheck) throws java.io.IOException {
    byte[] bytes = Input.read(file, maxInputBytes);
    var pending = engineAsync(bytes);
    var fs = FactSets.parse(file.getFileName().toString().endsWith(FactSets.PATCH_SUFFIX)
        ? Input.limited(FactSets.resolve(file), file, maxInputBytes) : bytes);
    GateEngine engine = await(pending);
    precheck.accept(engine, fs);
    return Judged.of(fs, engine, engine.judge(fs));
  }

  /**
   * Starts compiling the chosen policy on another thread, so that the caller can read its input meanwhile: the
   * policy build dominates a cold start.
   *
   * @return the engine, when compiled
   */
  java.util.concurrent.CompletableFuture<GateEngine> engineAsync() {
    return java.util.concurrent.CompletableFuture.supplyAsync(this::engine);
  }

  /**
   * Starts compiling the chosen policy on another thread (or takes the default policy's engine that {@link GateCli}
   * started before reading the arguments) and then builds the rules of the phase the input names, so that both
   * overlap parsing the input: building a phase's rules is the other large share of a cold start.
   * The phase is only a hint read from the raw JSON; when it cannot be read, or building fails, nothing is built
   * ahead and the adjudication builds (or refuses) as it would have, so the result never depends on it.
   *
   * @param input the fact-set JSON as read
   * @return the engine, when compiled
   */
  java.util.concurrent.CompletableFuture<GateEngine> engineAsync(byte[] input) {
    var started = rules == null && mixee != null && mixee.root().userObject() instanceof GateCli cli
        ? cli.takeDefaultEngine() : null;
    return (started != null ? started : engineAsync()).thenApplyAsync(engine -> {
      String phase = phaseOf(input);
      if (phase != null) {
        try {
          engine.warmUp(phase);
        } catch (RuntimeException e) {
          // the adjudication builds the phase again and reports what fails, in its usual order
        }
      }
      return engine;
    });
  }

  /**
   * The top-level {@code phase} of a fact-set document, read with a streaming parser that skips everything else.
   *
   * @return the phase, or {@code null} when the document is not an object with a string {@code phase}
   */
  static String phaseOf(byte[] json) {
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        boolean phase = "phase".equals(p.currentName());
        com.fasterxml.jackson.core.JsonToken value = p.nextToken();
        if (phase) {
          return value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Waits for an engine started with {@link #engineAsync()}, rethrowing its failure as it was thrown.
   *
   * @param pending the pending engine
   * @return the engine
   */
  static GateEngine await(java.util.concurrent.CompletableFuture<GateEngine> pending) {
    try {
      return pending.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /**
   * The engine for a policy a fixture names: {@code --rules} stands in for {@code default}.
   *
   * @param name the bundled policy name
   * @return the engine
   */
  GateEngine engineFor(String name) {
    if (rules != null && GateEngine.DEFAULT_POLICY.equals(name)) {
      return GateEngine.fromPolicyDirectory(rules);
    }
    return GateEngine.withBundledPolicy(name);
  }
}
