package dev.gateadjudicator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gateadjudicator.result.Adjudication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactWriterTest {
  private static final Adjudication OLD = OutputFixtures.adjudicate(OutputFixtures.LANE_PASS);
  private static final Adjudication NEW = OutputFixtures.adjudicate(OutputFixtures.STRICT_RERUN);

  @TempDir
  Path tmp;

  @Test
  void write_listsEveryArtifactWithItsDigestAndSizeInTheManifest() throws IOException {
    Path out = tmp.resolve("out");
    Manifest m = ArtifactWriter.write(NEW, out);
    assertThat(m.artifacts()).extracting(Manifest.Entry::file).containsExactlyElementsOf(NEW.artifacts().keySet());
    assertThat(m.policyDigest()).isEqualTo(NEW.policyDigest());
    assertThat(m.factSetDigest()).isEqualTo(NEW.factSetDigest());
    assertThat(m.outcome()).isEqualTo("HOLD_REMEDIATE");
    for (Manifest.Entry e : m.artifacts()) {
      byte[] onDisk = Files.readAllBytes(out.resolve(e.file()));
      assertThat(onDisk).isEqualTo(NEW.artifact(e.file()));
      assertThat(e.size()).isEqualTo(onDisk.length);
    }
    assertThat(Manifest.parse(Files.readAllBytes(out.resolve(Manifest.FILE)))).isEqualTo(m);
    assertThat(ArtifactWriter.verify(out)).isEqualTo(m);
  }

  @Test
  void write_isByteIdenticalForTheSameAdjudication() throws IOException {
    ArtifactWriter.write(NEW, tmp.resolve("a"));
    ArtifactWriter.write(OutputFixtures.ENGINE.adjudicate(OutputFixtures.factSet(OutputFixtures.STRICT_RERUN)),
        tmp.resolve("b"));
    assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"m6f_blocker_register.json", "m6f_streaming_lag_posture.json", Manifest.FILE,
      ArtifactWriter.BEFORE_SWAP, ArtifactWriter.MID_SWAP})
  void failedWrite_leavesThePreviousSetWhole(String point) throws IOException {
    Path out = tmp.resolve("out");
    ArtifactWriter.write(OLD, out);
    Map<String, String> before = contents(out);
    assertThatThrownBy(() -> ArtifactWriter.write(NEW, out, p -> {
      if (p.equals(point)) {
        throw new IOException("injected failure at " + p);
      }
    })).hasMessageContaining("injected failure at " + point);
    assertThat(contents(out)).isEqualTo(before);
    assertThat(siblings(out)).containsExactly("out");
  }

  @ParameterizedTest
  @ValueSource(strings = {"m6f_blocker_register.json", ArtifactWriter.MID_SWAP})
  void killedWriter_leavesThePreviousSetAndTheNextWriteRecovers(String point) throws Exception {
    Path out = tmp.resolve("out");
    ArtifactWriter.write(OLD, out);
    Map<String, String> before = contents(out);

    int exit = runChild(OutputFixtures.STRICT_RERUN, out, point);

    assertThat(exit).as("child exit").isEqualTo(137);
    if (point.equals(ArtifactWriter.MID_SWAP)) {
      // killed between the two renames: no set at `out`, the previous set whole beside it
      assertThat(out).doesNotExist();
      Path aside = onlySibling(out, ".out.previous-");
      assertThat(contents(aside)).isEqualTo(before);
    } else {
      assertThat(contents(out)).isEqualTo(before);
      ArtifactWriter.verify(out);
    }
    Manifest m = ArtifactWriter.write(NEW, out);
    assertThat(ArtifactWriter.verify(out)).isEqualTo(m);
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void concurrentWriters_takeTurnsAndLeaveOneWholeSet() throws Exception {
    Path out = tmp.resolve("out");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Manifest>> writes = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Adjudication a = i % 2 == 0 ? OLD : NEW;
        writes.add(pool.submit(() -> ArtifactWriter.write(a, out)));
      }
      for (Future<Manifest> w : writes) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ArtifactWriter.verify(out).factSetDigest()).isIn(OLD.factSetDigest(), NEW.factSetDigest());
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void verify_rejectsASetWithAChangedOrExtraFile() throws IOException {
    Path out = tmp.resolve("out");
    ArtifactWriter.write(NEW, out);
    Files.writeString(out.resolve("m6f_blocker_register.json"), "{}\n");
    assertThatThrownBy(() -> ArtifactWriter.verify(out)).hasMessageContaining("`m6f_blocker_register.json`");
    ArtifactWriter.write(NEW, out);
    Files.writeString(out.resolve("stray.json"), "{}\n");
    assertThatThrownBy(() -> ArtifactWriter.verify(out)).hasMessageContaining("stray.json");
  }

  @Test
  void manifest_thatBreaksItsSchemaIsInvalidNamingThePath() throws IOException {
    String json = new String(Manifest.of(NEW).toJson()).replaceFirst("\"size\" : \\d+", "\"size\" : -1");
    assertThatThrownBy(() -> Manifest.parse(json.getBytes())).hasMessageContaining("`/artifacts/0/size`");
  }

  @Test
  void manifest_rejectsNamesThatLeaveTheFolder() {
    assertThatThrownBy(() -> Manifest.Entry.of("../escape.json", new byte[0]))
        .hasMessageContaining("`../escape.json`");
    assertThatThrownBy(() -> Manifest.Entry.of(Manifest.FILE, new byte[0])).hasMessageContaining("manifest.json");
  }

  private static int runChild(String fixture, Path out, String point) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashingWrite.class.getName(), fixture, out.toString(), point)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child did not finish");
    }
    return p.exitValue();
  }

  /** The files of a folder and their text: every artifact is UTF-8 JSON. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  /** The folder's siblings, apart from the writer's lock file. */
  private static List<String> siblings(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(out.getParent())) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".out.lock")).forEach(names::add);
    }
    return names.stream().sorted().toList();
  }

  private static Path onlySibling(Path out, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      List<Path> matches = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
      assertThat(matches).hasSize(1);
      return matches.get(0);
    }
  }
}
