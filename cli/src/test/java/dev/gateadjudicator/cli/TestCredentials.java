package dev.gateadjudicator.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Fake AWS credentials and region for tests that talk to local S3 stores, set as the SDK's system properties and
 * put back as they were afterwards, so that tests sharing the JVM keep the settings Surefire gave them.
 */
final class TestCredentials {
  private static final String[] KEYS = {"aws.accessKeyId", "aws.secretAccessKey", "aws.region"};
  private static final Map<String, String> SAVED = new HashMap<>();

  private TestCredentials() {}

  /** Sets test-only credentials and {@code us-east-1}, remembering what was there. */
  static synchronized void use() {
    for (String k : KEYS) {
      SAVED.put(k, System.getProperty(k));
    }
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    System.setProperty("aws.region", "us-east-1");
  }

  /** Puts back what {@link #use()} replaced. */
  static synchronized void restore() {
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
