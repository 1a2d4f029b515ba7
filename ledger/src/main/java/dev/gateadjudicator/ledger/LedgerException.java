package dev.gateadjudicator.ledger;

/**
 * The ledger could not be opened, migrated, read or written. The message names the ledger by its redacted URL,
 * never a password.
 */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A ledger failure.
   *
   * @param message what failed, naming the ledger (redacted)
   */
  public LedgerException(String message) {
    super(message);
  }
}
