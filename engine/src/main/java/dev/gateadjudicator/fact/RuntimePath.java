package dev.gateadjudicator.fact;

/** The Flink runtime paths a streaming phase may run on. */
public enum RuntimePath {
  /** Managed Service for Apache Flink. */
  MSF_MANAGED,
  /** Flink on EMR on EKS. */
  EKS_EMR_ON_EKS,
  /** The Flink Kubernetes Operator on EKS. */
  EKS_FLINK_OPERATOR;

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
