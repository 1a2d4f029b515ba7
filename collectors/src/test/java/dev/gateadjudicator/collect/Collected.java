package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gateadjudicator.fact.CollectionError;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.input.FactSet;
import java.util.List;

/** Domain assertions over a collected fact set. */
record Collected(FactSet factSet) {

  <T extends Fact> List<T> all(Class<T> type) {
    return factSet.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends Fact> T only(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as("facts of kind %s in %s", type.getSimpleName(), factSet.facts()).hasSize(1);
    return found.get(0);
  }

  List<CollectionError> errors() {
    return all(CollectionError.class);
  }

  Collected hasNoErrors() {
    assertThat(errors()).as("collection errors").isEmpty();
    return this;
  }

  Collected hasError(String targetKind, ErrorType type) {
    assertThat(errors()).as("collection errors").anySatisfy(e -> {
      assertThat(e.targetKind()).isEqualTo(targetKind);
      assertThat(e.error()).isEqualTo(type);
    });
    return this;
  }
}
