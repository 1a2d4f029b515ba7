/**
 * The gate-adjudicator engine. To everyone it exports what an embedder needs: the entry points
 * ({@code dev.gateadjudicator}: GateEngine, FactSets, Judgement, PolicyInfo), the input envelope ({@code input}:
 * FactSet), the result records, their vocabulary and the refusals ({@code result}) and the artifact set and reports
 * ({@code output}: ArtifactWriter, Manifest, Reports).
 *
 * <p>The fact model ({@code fact}) and the rule vocabulary ({@code rules}) are the DRL contract. They are open:
 * rules compiled from a DRL folder at run time live in Drools' class loader, outside this module, and reach them by
 * reflection as well as by plain calls, which an open package allows at run time
 * ({@code scripts/test-module-path.sh} runs the engine so). At compile time the fact model is exported only to the
 * project's own modules that read facts, and the rule vocabulary to none. {@code support} (canonical JSON, atomic
 * files, the build version) is exported to the project's own modules only; {@code internal} and {@code json} are not
 * exported, and the internals are open to Jackson alone (it reads taxonomy and fact-set files into them).
 *
 * <p>The packages depend one way: fact and json; input; result; rules; internal; support; output; then the entry
 * points.
 */
@SuppressWarnings("module") // the qualified exports name modules built after this one
module dev.gateadjudicator.engine {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.networknt.schema;
  requires jakarta.json;
  requires java.xml;
  requires com.github.mustachejava;
  requires transitive org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;

  exports dev.gateadjudicator;
  exports dev.gateadjudicator.input;
  exports dev.gateadjudicator.result;
  exports dev.gateadjudicator.output;

  exports dev.gateadjudicator.fact to dev.gateadjudicator.replay, dev.gateadjudicator.ledger;
  exports dev.gateadjudicator.support to dev.gateadjudicator.replay, dev.gateadjudicator.publish;

  opens dev.gateadjudicator.fact;
  opens dev.gateadjudicator.rules;
  opens dev.gateadjudicator.internal to com.fasterxml.jackson.databind;
}
