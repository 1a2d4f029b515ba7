package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void redact_removesKeysSignaturesTokensAndSecretValues() {
    String text = "GET https://sts.amazonaws.com/?X-Amz-Credential=AKIAABCDEFGHIJKLMNOP%2F20260225&X-Amz-Signature=deadbeef "
        + "Authorization: Bearer k8s-aws-v1.aHR0cHM6Ly9zdHM and {\"SecretString\": \"hunter2\"} key ASIAABCDEFGHIJKLMNOP";

    String r = Failures.redact(text);

    assertThat(r).doesNotContain("AKIAABCDEFGHIJKLMNOP", "deadbeef", "aHR0cHM6Ly9zdHM", "hunter2", "ASIAABCDEFGHIJKLMNOP")
        .contains("X-Amz-Signature=<redacted>", "<redacted>");
  }

  @Test
  void redact_shortensLongMessages() {
    assertThat(Failures.redact("x".repeat(1000))).hasSizeLessThan(320);
  }
}
