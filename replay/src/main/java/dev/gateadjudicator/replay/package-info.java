/**
 * Fixture replay: fact sets beside their expected outcomes, adjudicated and compared.
 */
package dev.gateadjudicator.replay;
