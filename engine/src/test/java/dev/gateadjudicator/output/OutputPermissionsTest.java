package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.support.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is created like any tool's: with the permissions the user's umask gives, and no lock file left behind. */
class OutputPermissionsTest {
  @TempDir
  Path tmp;

  @Test
  void artifactsAndReports_getTheUmaskPermissionsOfAPlainNewFile() throws IOException {
    Set<PosixFilePermission> plainFile = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("probe")));
    Set<PosixFilePermission> plainDir = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("probe.d")));
    Path out = tmp.resolve("out");
    ArtifactWriter.write(OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN), out);
    Path report = tmp.resolve("report.md");
    AtomicFiles.write(report, "x".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(plainDir);
    assertThat(Files.getPosixFilePermissions(out.resolve(Manifest.FILE))).isEqualTo(plainFile);
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(plainFile);
  }

  @Test
  void write_leavesNoLockOrStagingFileBesideTheOutput() throws IOException {
    Path out = tmp.resolve("out");
    ArtifactWriter.write(OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN), out);
    ArtifactWriter.write(OutputFixtures.adjudicate(OutputFixtures.GATE_HOLD), out);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void staleLockFile_leftByACrash_doesNotBlockTheNextWrite() throws IOException {
    Path out = tmp.resolve("out");
    Files.writeString(tmp.resolve(".out.lock"), "left by a crashed writer");
    ArtifactWriter.write(OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN), out);
    assertThat(tmp.resolve(".out.lock")).doesNotExist();
    assertThat(ArtifactWriter.verify(out).artifacts()).isNotEmpty();
  }
}
