package dev.gateadjudicator.fact;

/** The operational guardrail surfaces the ops stack provides. */
public enum OpsSurfaceType {
  /** An AWS Budgets budget. */
  BUDGET,
  /** A CloudWatch alarm. */
  ALARM,
  /** A CloudWatch dashboard. */
  DASHBOARD
}
