package dev.gateadjudicator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3LocationTest {
  @Test
  void uri_putsTheSetUnderTheExecutionId() {
    S3Location l = S3Location.parse("s3://fraud-evidence/evidence/dev_full/run_control/");
    assertThat(l.folder("m6f_x")).isEqualTo("evidence/dev_full/run_control/m6f_x/");
    assertThat(l.uri("m6f_x")).isEqualTo("s3://fraud-evidence/evidence/dev_full/run_control/m6f_x/");
    assertThat(S3Location.parse("s3://b-1/p").folder("e")).isEqualTo("p/e/");
    assertThat(S3Location.parse("s3://b-1").folder("e")).isEqualTo("e/");
  }

  @Test
  void badLocations_areRejectedNamingThem() {
    assertThatThrownBy(() -> S3Location.parse("https://b/p")).hasMessageContaining("`https://b/p`");
    assertThatThrownBy(() -> S3Location.parse("s3://Bad_Bucket/p")).hasMessageContaining("`Bad_Bucket`");
    assertThatThrownBy(() -> S3Location.parse("s3://b-1/a/../p")).hasMessageContaining("`..`");
    assertThatThrownBy(() -> S3Location.parse("s3://b-1/p/").folder("../x")).hasMessageContaining("`../x`");
  }
}
