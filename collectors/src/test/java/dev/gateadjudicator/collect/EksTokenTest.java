package dev.gateadjudicator.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

class EksTokenTest {

  @Test
  void token_isPresignedGetCallerIdentityWithClusterHeaderSigned() {
    String token = EksToken.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"), "eu-west-2", "fraud-platform-dev-full");

    assertThat(token).startsWith("k8s-aws-v1.").doesNotContain("=");
    URI url = URI.create(new String(Base64.getUrlDecoder().decode(token.substring("k8s-aws-v1.".length())),
        StandardCharsets.UTF_8));
    assertThat(url.getHost()).isEqualTo("sts.eu-west-2.amazonaws.com");
    assertThat(url.getRawQuery())
        .contains("Action=GetCallerIdentity", "Version=2011-06-15", "X-Amz-Algorithm=AWS4-HMAC-SHA256",
            "X-Amz-Expires=60", "X-Amz-Signature=")
        .containsPattern("X-Amz-SignedHeaders=host(%3B|;)x-k8s-aws-id")
        .containsPattern("X-Amz-Credential=AKIDEXAMPLE(%2F|/)\\d{8}(%2F|/)eu-west-2(%2F|/)sts");
  }
}
