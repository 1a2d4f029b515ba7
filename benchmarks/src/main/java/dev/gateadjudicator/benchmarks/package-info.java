/** JMH benchmarks of policy compilation and adjudication. */
package dev.gateadjudicator.benchmarks;
