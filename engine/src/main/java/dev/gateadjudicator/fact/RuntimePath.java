package dev.gateadjudicator.fact;

/** The Flink runtime paths a streaming phase may run on. */
public enum RuntimePath {
  /** Managed Service for Apache Flink: its substrate is the WSP stream application. */
  MSF_MANAGED("FLINK_APP_WSP_STREAM_V0"),
  /** Flink on EMR on EKS: its substrate is the EMR virtual cluster. */
  EKS_EMR_ON_EKS("EMR_EKS_VIRTUAL_CLUSTER_ID"),
  /** The Flink Kubernetes Operator on EKS: its substrate is the EKS cluster. */
  EKS_FLINK_OPERATOR("EKS_CLUSTER_NAME");

  private final String substrateHandle;

  RuntimePath(String substrateHandle) {
    this.substrateHandle = substrateHandle;
  }

  /**
   * The handle that pins this path's runtime substrate: the collector reads the substrate it names, and a
   * {@code runtime_substrate} fact proves the path only for the substrate the handle pins.
   *
   * @return the handle name, for example {@code EMR_EKS_VIRTUAL_CLUSTER_ID}
   */
  public String substrateHandle() {
    return substrateHandle;
  }

  /**
   * Whether this path runs on EKS worker nodes, so that nodegroup capacity matters.
   *
   * @return true for the EKS paths
   */
  public boolean onEks() {
    return this != MSF_MANAGED;
  }

  /**
   * The path a text names.
   *
   * @param text a path name such as {@code EKS_EMR_ON_EKS}
   * @return the path, or {@code null} when the text names none
   */
  public static RuntimePath parse(String text) {
    for (RuntimePath p : values()) {
      if (p.name().equals(text == null ? null : text.trim())) {
        return p;
      }
    }
    return null;
  }
}
