package dev.gateadjudicator.testing;

import dev.gateadjudicator.replay.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Provides the fixtures a {@link FixtureSource} names. */
final class FixtureArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<FixtureSource> {
  private Path folder;

  @Override
  public void accept(FixtureSource source) {
    folder = Path.of(source.value());
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return Fixtures.discover(folder).stream().map(Arguments::of);
  }
}
