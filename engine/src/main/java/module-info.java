/**
 * The gate-adjudicator engine. It exports the engine API ({@code dev.gateadjudicator}), the fact model, the
 * vocabulary rules see and artifact output; {@code dev.gateadjudicator.internal} stays
 * unexported. The fact model and the rule vocabulary are also open, for the reflection Drools' compiled rules and
 * Jackson do, and the internals are open to Jackson alone (it reads taxonomy and fact-set files into them).
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
  exports dev.gateadjudicator.fact;
  exports dev.gateadjudicator.rules;
  exports dev.gateadjudicator.output;

  opens dev.gateadjudicator.fact;
  opens dev.gateadjudicator.rules;
  opens dev.gateadjudicator.internal to com.fasterxml.jackson.databind;
}
