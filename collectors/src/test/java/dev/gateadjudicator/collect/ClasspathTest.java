package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The collectors depend on the engine's fact model, not on Drools. */
class ClasspathTest {

  @Test
  void classpath_hasNoDroolsOrKie() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    assertThat(Arrays.asList(cp.split(File.pathSeparator)))
        .isNotEmpty()
        .noneMatch(e -> e.contains(File.separator + "org" + File.separator + "drools" + File.separator))
        .noneMatch(e -> e.contains(File.separator + "org" + File.separator + "kie" + File.separator));
    assertThatThrownBy(() -> Class.forName("org.kie.api.KieServices")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.drools.core.RuleBaseConfiguration")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void classpath_hasTheFactModel() throws ClassNotFoundException {
    assertThat(Class.forName("dev.gateadjudicator.input.FactSet")).isNotNull();
  }
}
