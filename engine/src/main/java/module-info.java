/**
 * The gate-adjudicator engine. It exports its entry points ({@code dev.gateadjudicator}: GateEngine, FactSets,
 * PolicyInfo), the result records and refusals ({@code result}), the fact model ({@code fact}), the vocabulary rules
 * see ({@code rules}) and artifact output ({@code output}); {@code internal} and {@code json} stay unexported. The
 * packages depend one way: fact, rules, json, result, internal, then output and the entry points. The fact model and
 * the rule vocabulary are also open: rules compiled from a DRL folder at run time live in Drools' class loader,
 * outside this module, and reach them by reflection as well as by plain calls. The internals are open to Jackson
 * alone (it reads taxonomy and fact-set files into them).
 */
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
  exports dev.gateadjudicator.result;
  exports dev.gateadjudicator.input;
  exports dev.gateadjudicator.fact;
  exports dev.gateadjudicator.rules;
  exports dev.gateadjudicator.output;

  opens dev.gateadjudicator.fact;
  opens dev.gateadjudicator.rules;
  opens dev.gateadjudicator.internal to com.fasterxml.jackson.databind;
}
