package nl.spreekkamer.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database encrypted at rest (issue 16, decision 0019), with the real Derby engine: an
 * existing unencrypted database is encrypted on its first boot without losing data, it cannot be
 * opened without the boot password, and a patient's name is in no file of it.
 */
class DerbyBootTest {
  private static final String PASSWORD = "een-lang-geheim-van-de-server";

  @TempDir Path temp;

  @Test
  void anUnencryptedDatabaseIsEncryptedOnFirstBootAndKeepsItsData() throws Exception {
    Path db = temp.resolve("db");
    try (Connection plain = DriverManager.getConnection("jdbc:derby:" + db + ";create=true");
        Statement st = plain.createStatement()) {
      st.execute("CREATE TABLE PATIENT (NAME VARCHAR(80))");
      st.execute("INSERT INTO PATIENT VALUES ('Fatima Zwartewaal-Oudeland')");
    }
    shutdown(db);
    assertThat(DerbyBoot.encrypted(db)).isFalse();
    assertThat(filesContain(db, "Zwartewaal")).as("plain text before").isTrue();

    DerbyBoot.boot(db, PASSWORD);
    checkpointAndShutdown(db);

    assertThat(DerbyBoot.encrypted(db)).isTrue();
    assertThat(filesContain(db, "Zwartewaal"))
        .as("after encryption and a checkpoint no file holds the name")
        .isFalse();
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:derby:" + db).close())
        .as("no boot without the password")
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DerbyBoot.boot(db, "een-ander-geheim-van-iemand"))
        .isInstanceOf(SQLException.class);

    DerbyBoot.boot(db, PASSWORD);
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT NAME FROM PATIENT")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Fatima Zwartewaal-Oudeland");
    }
    shutdown(db);
  }

  @Test
  void aNewDatabaseIsCreatedEncryptedAndAShortPasswordIsRefused() throws Exception {
    Path db = temp.resolve("nieuw");
    assertThatThrownBy(() -> DerbyBoot.boot(db, "kort"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPREEKKAMER_DB_BOOTPASSWORD");
    DerbyBoot.boot(db, PASSWORD);
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + db);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE NOTE (TEXT VARCHAR(200))");
      st.execute("INSERT INTO NOTE VALUES ('Huurachterstand sinds maart, deurwaarder geweest')");
    }
    checkpointAndShutdown(db);
    assertThat(DerbyBoot.encrypted(db)).isTrue();
    assertThat(filesContain(db, "deurwaarder")).isFalse();
  }

  @Test
  void theDemoPasswordIsMadeOnceBesideTheDatabaseForTheOwnerOnly() throws Exception {
    Path db = temp.resolve("demo").resolve("derby");
    String first = DerbyBoot.demoPassword(db);
    assertThat(first).hasSizeGreaterThanOrEqualTo(32);
    assertThat(DerbyBoot.demoPassword(db)).isEqualTo(first);
    Path file = db.resolveSibling("derby.bootpassword");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  private static void checkpointAndShutdown(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + db);
        Statement st = c.createStatement()) {
      st.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
    }
    shutdown(db);
  }

  private static void shutdown(Path db) {
    try {
      DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby reports a clean shutdown as an exception (08006)
      assertThat(expected.getSQLState()).isEqualTo("08006");
    }
  }

  /** Whether any file of the database holds the text, in UTF-8 or in Derby's UTF-16 form. */
  static boolean filesContain(Path db, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
    try (Stream<Path> files = Files.walk(db)) {
      return files
          .filter(Files::isRegularFile)
          .anyMatch(
              f -> {
                try {
                  byte[] content = Files.readAllBytes(f);
                  return indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0;
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
