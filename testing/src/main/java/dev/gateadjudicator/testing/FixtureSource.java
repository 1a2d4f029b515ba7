package dev.gateadjudicator.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds every fixture below a folder to a {@code @ParameterizedTest} as a
 * {@link dev.gateadjudicator.replay.Fixture}:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @FixtureSource("fixtures/p6")
 * void fixture_matches(Fixture fixture) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(FixtureArgumentsProvider.class)
public @interface FixtureSource {
  /**
   * The fixture folder, relative to the working directory.
   *
   * @return the folder
   */
  String value();
}
