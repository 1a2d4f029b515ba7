/**
 * Test support shared with the CLI's tests (through the collectors' test jar): a WireMock server
 * answering AWS-shaped responses for every call the collectors make, with fault injection per call.
 */
package dev.gateadjudicator.collect.testing;
