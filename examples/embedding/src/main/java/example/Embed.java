package example;

import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Files;
import java.nio.file.Path;

/** Adjudicates the fact set named on the command line and exits with the outcome's code (0, 1 or 2). */
public final class Embed {
  public static void main(String[] args) throws Exception {
    GateEngine engine = GateEngine.withDefaultPolicy();            // build once, share across threads
    FactSet facts = FactSets.parse(Files.readAllBytes(Path.of(args[0])));
    Adjudication a = engine.adjudicate(facts);
    System.out.println(a.outcome() + " " + a.register().codes());
    System.exit(a.exitCode());
  }
}
