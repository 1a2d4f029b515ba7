/**
 * Durable publish of an artifact set to S3. It reads only what the engine exports (never its internals).
 */
module dev.gateadjudicator.publish {
  requires transitive dev.gateadjudicator.engine;
  requires org.slf4j;
  requires transitive software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.regions;
  requires transitive software.amazon.awssdk.services.s3;

  exports dev.gateadjudicator.publish;
}
