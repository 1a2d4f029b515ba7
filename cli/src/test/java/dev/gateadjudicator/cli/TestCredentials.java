package dev.gateadjudicator.cli;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fake AWS credentials and region for tests that talk to local S3 stores, set as the SDK's system properties and
 * put back as they were afterwards, so that tests sharing the JVM keep the settings Surefire gave them. A test class
 * uses it with {@code @ExtendWith(TestCredentials.class)}.
 */
final class TestCredentials implements BeforeAllCallback, AfterAllCallback {
  private static final String[] KEYS = {"aws.accessKeyId", "aws.secretAccessKey", "aws.region"};
  private static final Map<String, String> SAVED = new HashMap<>();

  TestCredentials() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    use();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    restore();
  }

  /** Sets test-only credentials and {@code us-east-1}, remembering what was there. */
  private static synchronized void use() {
    for (String k : KEYS) {
      SAVED.put(k, System.getProperty(k));
    }
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    System.setProperty("aws.region", "us-east-1");
  }

  /** Puts back what {@link #use()} replaced. */
  private static synchronized void restore() {
    for (String k : KEYS) {
      String v = SAVED.get(k);
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    }
  }
}
