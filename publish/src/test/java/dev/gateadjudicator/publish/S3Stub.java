package dev.gateadjudicator.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * S3-shaped answers on WireMock: the always-available S3 test path. It does not store what is uploaded; each
 * object read back serves the bytes the test chose, so a test decides what "the store" returns.
 */
final class S3Stub {
  private S3Stub() {}

  /** A bucket without default encryption that accepts every upload and receipt delete. */
  static void bucket(WireMockServer wm, String bucket) {
    wm.stubFor(get(urlPathEqualTo("/" + bucket)).withQueryParam("encryption",
        com.github.tomakehurst.wiremock.client.WireMock.matching(".*")).willReturn(error(404,
            "ServerSideEncryptionConfigurationNotFoundError")));
    wm.stubFor(put(urlPathMatching("/" + bucket + "/.+")).willReturn(aResponse().withStatus(200)
        .withHeader("ETag", "\"0\"")));
    wm.stubFor(delete(urlPathMatching("/" + bucket + "/.+")).willReturn(aResponse().withStatus(204)));
  }

  /** Every upload to the bucket is refused. */
  static void refuseUploads(WireMockServer wm, String bucket) {
    wm.stubFor(put(urlPathMatching("/" + bucket + "/.+")).willReturn(error(403, "AccessDenied")));
  }

  /** What reading each key back returns. */
  static void objects(WireMockServer wm, String bucket, Map<String, byte[]> byKey) {
    byKey.forEach((key, bytes) -> wm.stubFor(get(urlPathEqualTo("/" + bucket + "/" + key))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withHeader("ETag", "\"1\"").withBody(bytes))));
  }

  /** Anything else is a 404 NoSuchKey. */
  static void otherwiseNoSuchKey(WireMockServer wm) {
    wm.stubFor(any(urlPathMatching("/.*")).atPriority(10).willReturn(error(404, "NoSuchKey")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
            + "</Message><RequestId>stub</RequestId></Error>");
  }
}
