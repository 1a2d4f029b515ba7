/**
 * The collectors' machinery: AWS and Kubernetes clients, one class per read, typed error
 * classification, and the concurrent runner with its deadline. Not a public API.
 */
package dev.gateadjudicator.collect.internal;
