package dev.gateadjudicator.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger on an embedded SQLite file: needs no server, always runs. */
class SqliteLedgerTest extends LedgerContract {
  @TempDir
  Path dir;

  private int n;

  @Override
  String freshUrl() {
    return "jdbc:sqlite:" + dir.resolve("ledger-" + (++n) + ".db");
  }

  @Test
  void open_folderThatCannotHoldTheFile_failsNamingTheLedger() {
    String url = "jdbc:sqlite:" + dir.resolve("missing/deeper/ledger.db");
    assertThatThrownBy(() -> Ledger.open(url)).isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("ledger `" + url + "` cannot be opened");
  }

  @Test
  void url_otherScheme_isRefusedWithoutItsPassword() {
    assertThatThrownBy(() -> Ledger.open("jdbc:mysql://db/x?user=u&password=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:mysql://db/x?user=u&password=***").hasMessageNotContaining("hunter2");
  }

  @Test
  void redacted_dropsPasswordsInQueryAndUserInfo() {
    assertThat(LedgerUrl.redact("jdbc:postgresql://h:5432/db?user=gate&password=s3cr%26t&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/db?user=gate&password=***&ssl=true");
    assertThat(LedgerUrl.redact("jdbc:postgresql://gate:s3cret@h/db")).isEqualTo("jdbc:postgresql://gate:***@h/db");
  }
}
