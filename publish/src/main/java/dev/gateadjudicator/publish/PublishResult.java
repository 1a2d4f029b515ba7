package dev.gateadjudicator.publish;

import java.util.List;

/**
 * The outcome of publishing one set.
 *
 * @param uri where the set was published, {@code s3://bucket/<prefix><execution_id>/}
 * @param serverSideEncryption the encryption requested on every upload, for example {@code AES256}
 * @param objects every object, the manifest and the receipt included, by file name
 * @param durableReadbackOk true only when every object read back byte for byte, receipt included
 */
public record PublishResult(String uri, String serverSideEncryption, List<ObjectResult> objects,
    boolean durableReadbackOk) {
  /** Copies the list. */
  public PublishResult {
    objects = List.copyOf(objects);
  }

  /**
   * One line per object that did not read back clean, naming the object: what the lane's durable-publish
   * blocker records.
   *
   * @return the lines, empty when the publish is durable
   */
  public List<String> failures() {
    return objects.stream().filter(o -> !o.ok()).map(o -> "object `" + o.key() + "` " + o.error()).toList();
  }
}
