package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * A scan of outputs or evidence for plaintext secrets. Findings name locations, never values.
 *
 * @param id fact id
 * @param source where it was read
 * @param scope what was scanned, for example {@code terraform_output:runtime}
 * @param scannedItems how many items were scanned
 * @param findings locations where a plaintext secret was found, sorted
 */
@JsonTypeName("plaintext_leak_scan")
public record PlaintextLeakScan(String id, String source, String scope, long scannedItems, List<String> findings)
    implements Fact {
  /** Validates the fields and sorts the findings. */
  public PlaintextLeakScan {
    Require.text(scope, "scope");
    Require.nonNegative(scannedItems, "scanned_items");
    findings = Require.sortedCopy(findings, "findings");
  }

  /**
   * Whether the scan looked at something and found nothing.
   *
   * @return true when clean
   */
  public boolean clean() {
    return scannedItems > 0 && findings.isEmpty();
  }

  @Override
  public PlaintextLeakScan withId(String newId) {
    return new PlaintextLeakScan(newId, source, scope, scannedItems, findings);
  }
}
