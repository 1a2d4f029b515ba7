/** The {@code ./gate} command line (picocli): one class per subcommand. */
package dev.gateadjudicator.cli;
