package dev.gateadjudicator.cli;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.ledger.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate run ...}: collect a lane's facts (or every lane's, without {@code --lane}) and adjudicate them. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Collect a lane's fact set and adjudicate it; without --lane, run every lane of the phase in "
        + "order, then the gate lane.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_HOLD, ExitCode.HELP_NO_GO, ExitCode.HELP_INVALID,
        ExitCode.HELP_POLICY, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL})
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  CollectOptions collect;

  @Mixin
  PolicyOptions policy;

  @Mixin
  EvidenceOptions evidence;

  @Mixin
  LedgerOptions ledger;

  @Option(names = "--save-facts", paramLabel = "FILE",
      description = "Also save the collected fact set, to replay it later (without --lane: a folder, one "
          + "<lane>.factset.json per lane).")
  Path saveFacts;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1",
      description = "Stability window: collect N times, --interval apart; the lane passes only if every sample "
          + "passes (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "0s",
      description = "Pause between samples, e.g. 1s, 30s, 5m (default: ${DEFAULT-VALUE}).")
  String interval;

  @Override
  public Integer call() throws Exception {
    var pending = policy.engineAsync();
    java.time.Duration pause = StabilityWindow.parse(interval);
    if (samples < 1) {
      throw new IllegalArgumentException("`--samples` must be at least 1");
    }
    GateEngine engine = PolicyOptions.await(pending);
    if (collect.lane == null) {
      List<Decision> decisions = new ArrayList<>();
      int code = PhaseRun.run(spec, collect, engine, evidence, (lane, results, at, dir) -> {
        Path factsFile = saveFacts == null ? null : saveFacts.resolve(lane + ".factset.json");
        PolicyOptions.Judged j = window(engine, pause, at, dir, factsFile,
            t -> collect.collect(spec.commandLine().getErr(), lane, results, t, null));
        decisions.add(Decision.of(j.adjudication(), j.factSet(), evidence.artifactsLocation(j.factSet()),
            evidence.factSetLocation(j.factSet(), factsFile), "run"));
        return j;
      });
      return ledger.record(spec, code, decisions);
    }
    Path base = evidence.out != null ? evidence.out : saveFacts;
    if (samples > 1 && base == null) {
      throw new IllegalArgumentException("`--samples` saves every sample's fact set beside `--out` or `--save-facts`: give one");
    }
    PolicyOptions.Judged j = window(engine, pause, collect.captureTime(), base, saveFacts,
        t -> collect.collect(spec.commandLine().getErr(), collect.lane, collect.laneResults, t, collect.executionId));
    evidence.validate(engine, j.factSet());
    int code = evidence.emit(spec, j);
    return ledger.record(spec, code, List.of(Decision.of(evidence.recorded, j.factSet(),
        evidence.artifactsLocation(j.factSet()), evidence.factSetLocation(j.factSet(), saveFacts), "run")));
  }

  private PolicyOptions.Judged window(GateEngine engine, java.time.Duration pause, java.time.Instant at, Path base,
      Path factsFile, StabilityWindow.Sampler sampler) throws Exception {
    PolicyOptions.Judged j = StabilityWindow.run(engine, samples, pause, at, collect.capturedAt != null,
        base == null ? Path.of("sample") : base, sampler, a -> evidence.refuseCredentials(engine, a),
        spec.commandLine().getErr());
    if (factsFile != null) {
      // The same check the outputs get, before this file is written: on refusal nothing is written.
      evidence.refuseCredentials(engine, j.adjudication());
      save(factsFile, j.factSet());
    }
    return j;
  }

  static void save(Path file, FactSet fs) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.write(file, FactSets.toJson(fs));
  }
}
