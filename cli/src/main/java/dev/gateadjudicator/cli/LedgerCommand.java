package dev.gateadjudicator.cli;

import dev.gateadjudicator.ledger.ArtifactImport;
import dev.gateadjudicator.ledger.Decision;
import dev.gateadjudicator.ledger.Ledger;
import dev.gateadjudicator.publish.S3Location;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code gate ledger ...}: maintain the evidence ledger. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Maintain the evidence ledger.",
    subcommands = LedgerCommand.Import.class)
final class LedgerCommand {
  /** {@code gate ledger import s3://bucket/prefix/}: published artifact sets back into the ledger. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Read the artifact sets published under an S3 prefix (<prefix>/<execution_id>/manifest.json and "
          + "the files it lists) into the ledger, checking every file against the manifest's SHA-256 first.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:every set imported (or already recorded)", "3:a set was refused (named); the others "
          + "were imported", "64:no ledger, the ledger or the prefix cannot be read"})
  static final class Import implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "S3_URI", description = "The prefix --publish wrote to.")
    String prefix;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "S3-compatible endpoint (path-style), e.g. a local test server.")
    URI endpoint;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
      S3Location where = S3Location.parse(prefix);
      PrintWriter out = spec.commandLine().getOut();
      List<ArtifactImport.Result> results;
      try (S3Client s3 = client(endpoint)) {
        results = new ArtifactImport(s3).read(where);
      }
      int refused = 0;
      List<Decision> decisions = new ArrayList<>();
      for (ArtifactImport.Result r : results) {
        if (r.refusal() != null) {
          refused++;
          spec.commandLine().getErr().println("gate: refused: " + r.refusal());
        } else {
          decisions.add(r.decision());
        }
      }
      int fresh = 0;
      try (Ledger l = ledger.open()) {
        for (Decision d : decisions) {
          boolean isNew = l.record(d);
          fresh += isNew ? 1 : 0;
          out.printf("%-9s%s %s %s%n", isNew ? "imported" : "known", d.lane(), d.executionId(), d.label());
        }
        out.printf("import: %d sets, %d imported, %d already recorded, %d refused, into %s%n", results.size(),
            fresh, decisions.size() - fresh, refused, l.name());
      }
      out.flush();
      spec.commandLine().getErr().flush();
      return refused == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    private static S3Client client(URI endpoint) {
      Region region;
      try {
        region = DefaultAwsRegionProviderChain.builder().build().getRegion();
      } catch (RuntimeException e) {
        region = Region.US_EAST_1;
      }
      var b = S3Client.builder().region(region).crossRegionAccessEnabled(true);
      if (endpoint != null) {
        b.endpointOverride(endpoint).forcePathStyle(true);
      }
      return b.build();
    }
  }
}
