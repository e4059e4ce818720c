package nl.spreekkamer.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Boots the embedded Derby database encrypted (AES, 256-bit key from the boot password; decision
 * 0019) before the data source is used: a new database is created encrypted, an existing
 * unencrypted one is encrypted in place on this first boot, an encrypted one is opened with its
 * password. Derby keeps a booted database open for the whole server, so the pooled connections of
 * the data source need no password of their own. No Derby class is named here: with PostgreSQL the
 * Derby driver is not on the class path at all.
 */
final class DerbyBoot {
  static final String ENCRYPTION =
      "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256";
  private static final Logger LOG = Logger.getLogger(DerbyBoot.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private DerbyBoot() {}

  /** Whether the database in this directory exists and is encrypted. */
  static boolean encrypted(Path directory) {
    Properties service = new Properties();
    Path file = directory.resolve("service.properties");
    if (!Files.exists(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      service.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "true".equals(service.getProperty("dataEncryption"));
  }

  /** Creates, encrypts or opens the database, whichever it needs. */
  static void boot(Path directory, String bootPassword) throws SQLException {
    if (bootPassword == null || bootPassword.length() < 16) {
      throw new IllegalStateException(
          "The embedded database needs a boot password of at least 16 characters:"
              + " set spreekkamer.db.bootPassword (environment SPREEKKAMER_DB_BOOTPASSWORD, or a"
              + " file variables/spreekkamer.db.bootPassword in the server's directory)");
    }
    loadDriver();
    String attributes;
    if (!Files.exists(directory.resolve("service.properties"))) {
      LOG.info("Creating the embedded database encrypted");
      attributes = "create=true;" + ENCRYPTION;
    } else if (!encrypted(directory)) {
      LOG.warning("Encrypting the existing embedded database (once; this may take a while)");
      attributes = ENCRYPTION;
    } else {
      attributes = "";
    }
    Properties credentials = new Properties();
    credentials.setProperty("bootPassword", bootPassword);
    String url = "jdbc:derby:" + directory + (attributes.isEmpty() ? "" : ";" + attributes);
    try (Connection booted = DriverManager.getConnection(url, credentials)) {
      LOG.fine(() -> "Embedded database booted in " + directory);
    }
  }

  /**
   * The boot password of a demo or development server: kept in a file beside the database directory
   * (so it outlives {@code mvn clean} together with the database), made at the first start,
   * readable by the owner only.
   */
  static String demoPassword(Path directory) {
    Path file = directory.resolveSibling(directory.getFileName() + ".bootpassword");
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[24];
      RANDOM.nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        // readable by the owner from the start, never for a moment by anyone else
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not a POSIX file system: the directory's permissions apply
      }
      Files.writeString(file, password);
      LOG.info(() -> "Generated a boot password for the demo database in " + file);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void loadDriver() {
    try {
      Class.forName(
          "org.apache.derby.iapi.jdbc.AutoloadedDriver", true, DerbyBoot.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The Derby driver is not in the server's library", e);
    }
  }
}
