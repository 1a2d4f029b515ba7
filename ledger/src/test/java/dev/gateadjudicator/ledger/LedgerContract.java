package dev.gateadjudicator.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every ledger backend must do; SQLite and PostgreSQL run the same tests. */
abstract class LedgerContract {
  static final Path P6 = Path.of("..", "fixtures", "p6");
  static final String M6F = "m6f_p6b_streaming_active_20260225T";

  /** A fresh, empty ledger URL for one test. */
  abstract String freshUrl() throws Exception;

  static Decision decision(String file, GateEngine engine) throws Exception {
    FactSet fs = FactSets.parse(Files.readAllBytes(P6.resolve(file + ".factset.json")));
    Adjudication a = engine.adjudicate(fs);
    return Decision.of(a, fs, "out/" + fs.executionId(), null, "test");
  }

  @Test
  void record_sameDecisionTwice_isStoredOnce() throws Exception {
    try (Ledger ledger = Ledger.open(freshUrl())) {
      Decision d = decision(M6F + "163455Z", GateEngine.withDefaultPolicy());
      assertThat(ledger.record(d)).isTrue();
      assertThat(ledger.record(d)).isFalse();
      List<Decision> all = ledger.decisions("P6");
      assertThat(all).singleElement().satisfies(r -> {
        assertThat(r.decisionId()).isEqualTo(d.decisionId());
        assertThat(r.executionId()).isEqualTo(M6F + "163455Z");
        assertThat(r.blockerCodes()).containsExactly("M6P6-B2", "M6P6-B3", "M6P6-B4");
        assertThat(r.overallPass()).isFalse();
        assertThat(r.factSet().executionId()).isEqualTo(M6F + "163455Z");
        assertThat(r.raisingRules()).isNotEmpty();
      });
    }
  }

  @Test
  void record_laterExecution_supersedesEarlierOfSameRun() throws Exception {
    GateEngine engine = GateEngine.withDefaultPolicy();
    try (Ledger ledger = Ledger.open(freshUrl())) {
      ledger.record(decision(M6F + "121536Z", engine));
      ledger.record(decision(M6F + "171938Z", engine));
      ledger.record(decision(M6F + "163455Z", engine));
      List<Decision> all = ledger.decisions("P6");
      assertThat(all).extracting(Decision::executionId)
          .containsExactly(M6F + "121536Z", M6F + "163455Z", M6F + "171938Z");
      assertThat(all.get(2).supersedes()).containsExactly(M6F + "121536Z");
      assertThat(all.get(1).supersedes()).containsExactly(M6F + "121536Z");
      List<Timeline.Row> rows = Timeline.of(all, List.of(), "M6.F", null);
      assertThat(rows).extracting(Timeline.Row::status)
          .containsExactly(Timeline.SUPERSEDED, Timeline.SUPERSEDED, Timeline.EFFECTIVE);
      assertThat(rows.get(1).supersededBy()).isEqualTo(M6F + "171938Z");
    }
  }

  @Test
  void reopen_schemaAlreadyMigrated_keepsDecisions() throws Exception {
    String url = freshUrl();
    Decision d = decision(M6F + "171938Z", GateEngine.withDefaultPolicy());
    try (Ledger ledger = Ledger.open(url)) {
      ledger.record(d);
    }
    try (Ledger again = Ledger.open(url)) {
      assertThat(again.decisions(null)).extracting(Decision::decisionId).containsExactly(d.decisionId());
    }
  }

  @Test
  void twoWritersAtOnce_loseNothingAndDuplicateNothing() throws Exception {
    String url = freshUrl();
    try (Ledger init = Ledger.open(url)) {
      assertThat(init.decisions(null)).isEmpty();
    }
    GateEngine engine = GateEngine.withDefaultPolicy();
    GateEngine legacy = GateEngine.withBundledPolicy("legacy-p6");
    List<Decision> shared = new ArrayList<>();
    for (String run : List.of("121536Z", "143900Z", "152755Z", "163455Z", "171938Z")) {
      shared.add(decision(M6F + run, engine));
      shared.add(decision(M6F + run, legacy));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(pool.submit(() -> {
          int inserted = 0;
          try (Ledger ledger = Ledger.open(url)) {
            start.await();
            for (int round = 0; round < 3; round++) {
              for (Decision d : shared) {
                inserted += ledger.record(d) ? 1 : 0;
              }
            }
          }
          return inserted;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : writers) {
        total += f.get();
      }
      assertThat(total).isEqualTo(shared.size());
    } finally {
      pool.shutdownNow();
    }
    try (Ledger ledger = Ledger.open(url)) {
      assertThat(ledger.decisions(null)).extracting(Decision::decisionId)
          .containsExactlyInAnyOrderElementsOf(shared.stream().map(Decision::decisionId).toList());
    }
  }

  @Test
  void reaudit_underDefault_reopensTheLegacyPasses() throws Exception {
    GateEngine engine = GateEngine.withDefaultPolicy();
    GateEngine legacy = GateEngine.withBundledPolicy("legacy-p6");
    try (Ledger ledger = Ledger.open(freshUrl())) {
      ledger.record(decision(M6F + "121536Z", engine));
      ledger.record(decision(M6F + "143900Z", legacy));
      ledger.record(decision(M6F + "152755Z", legacy));
      ledger.record(decision(M6F + "163455Z", engine));
      Reaudit r = Reaudit.run(engine, "P6", ledger.decisions("P6"));
      assertThat(r.judged()).isEqualTo(4);
      assertThat(r.changes()).extracting(c -> c.recorded().executionId())
          .containsExactly(M6F + "143900Z", M6F + "152755Z");
      assertThat(r.changes()).allSatisfy(c -> assertThat(c.reopened()).isTrue());
      assertThat(ledger.record(r)).isTrue();
      assertThat(ledger.record(r)).isFalse();
      assertThat(ledger.reauditChanges()).extracting(Ledger.RecordedChange::kind)
          .containsExactly(Reaudit.REOPENED, Reaudit.REOPENED);
    }
  }
}
