package dev.gateadjudicator.publish;

/**
 * What happened to one object of a published set.
 *
 * @param file the file name in the set
 * @param key the object key
 * @param sha256 the SHA-256 the manifest expects
 * @param readBackSha256 the SHA-256 of the bytes last read back, or {@code null} when nothing could be read
 * @param attempts how many times it was uploaded
 * @param error why it failed, or {@code null} when it read back clean
 */
public record ObjectResult(String file, String key, String sha256, String readBackSha256, int attempts, String error) {
  /**
   * Whether the object read back byte for byte.
   *
   * @return true when clean
   */
  public boolean ok() {
    return error == null && sha256.equals(readBackSha256);
  }
}
