package dev.gateadjudicator.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for a change below a policy folder ({@code gate test --watch}): every folder below it is registered with the
 * platform's {@link WatchService}, and a burst of events (an editor's save writes several) counts as one change.
 */
final class PolicyWatcher implements AutoCloseable {
  private static final long SETTLE_MILLIS = 200;
  private final Path root;
  private final WatchService service;

  /**
   * Starts watching.
   *
   * @param root the policy folder
   * @throws IOException when the folder cannot be watched
   */
  PolicyWatcher(Path root) throws IOException {
    this.root = root;
    this.service = FileSystems.getDefault().newWatchService();
    register();
  }

  private void register() throws IOException {
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(root)) {
      dirs = walk.filter(Files::isDirectory).toList();
    }
    for (Path d : dirs) {
      d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  /**
   * Blocks until something below the folder changes, then lets the burst settle.
   *
   * @throws IOException when the folder can no longer be watched
   * @throws InterruptedException when interrupted while waiting
   */
  void awaitChange() throws IOException, InterruptedException {
    WatchKey key = service.take();
    do {
      key.pollEvents();
      key.reset();
      key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    } while (key != null);
    register();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
