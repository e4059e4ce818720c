package nl.spreekkamer.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database share one outbox: mails written straight into MAIL_OUTBOX
 * (as any change writes them) reach a real SMTP server (GreenMail) each exactly once, although both
 * servers' mail jobs send at the same time. With {@code -Doutbox.mails=10000} it is the outbox
 * bench of bench/README.md: it writes the rate to target/outbox-bench.txt (figures, not
 * assertions).
 */
@Tag("cluster")
class OutboxClusterIT {
  static final int MAILS = Integer.getInteger("outbox.mails", 2000);
  static final int SMTP_PORT = Integer.getInteger("cluster.smtp.port", 3926);
  static final String JDBC =
      "jdbc:postgresql://"
          + System.getProperty("cluster.pg.host", "127.0.0.1")
          + ":"
          + System.getProperty("cluster.pg.port", "5432")
          + "/"
          + System.getProperty("cluster.pg.database", "spreekkamer_it")
          + "?sslmode=require";

  @BeforeAll
  static void bothServersReady() throws InterruptedException {
    for (String server : List.of(ClusterIT.A, ClusterIT.B)) {
      ClusterIT.awaitStatus(server, "/health/ready", 200, Duration.ofMinutes(5));
    }
  }

  @Test
  void bothServersSendTheOutboxAndNoMailGoesTwice() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    smtp.start();
    try {
      String run = "run" + System.nanoTime() % 1_000_000;
      long firstId = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;
      Instant start = Instant.now();
      try (Connection db = DriverManager.getConnection(JDBC, "spreekkamer", "spreekkamer")) {
        insert(db, run, firstId);
      }
      Instant written = Instant.now();
      Instant deadline = written.plus(Duration.ofSeconds(30 + MAILS / 20));
      while (ours(smtp, run).size() < MAILS && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      Instant done = Instant.now();
      Thread.sleep(6000); // three more periods of the jobs: nothing more may come
      List<MimeMessage> received = ours(smtp, run);

      Map<String, Long> perMessageId =
          received.stream()
              .collect(Collectors.groupingBy(OutboxClusterIT::messageId, Collectors.counting()));
      List<String> twice =
          perMessageId.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .map(Map.Entry::getKey)
              .limit(10)
              .toList();
      assertThat(twice).as("mails sent twice").isEmpty();
      assertThat(perMessageId).hasSize(MAILS);
      try (Connection db = DriverManager.getConnection(JDBC, "spreekkamer", "spreekkamer")) {
        assertThat(statuses(db, firstId)).containsExactly(Map.entry("SENT", (long) MAILS));
      }

      double seconds = Duration.between(written, done).toMillis() / 1000.0;
      String report =
          String.format(
              "outbox: %d mails written in %.1f s, all received in %.1f s after that: %.0f mails/s"
                  + " (two servers, PostgreSQL, GreenMail on loopback); none twice; sent per"
                  + " server (whole run): %s%n",
              MAILS,
              Duration.between(start, written).toMillis() / 1000.0,
              seconds,
              MAILS / seconds,
              sentPerServer());
      System.out.print(report);
      Files.writeString(Path.of("target", "outbox-bench.txt"), report);
    } finally {
      smtp.stop();
    }
  }

  /** The mails each server's log says it sent ("Mail: 50 sent by host/server"). */
  private static Map<String, Integer> sentPerServer() throws IOException {
    Map<String, Integer> sent = new HashMap<>();
    Pattern line = Pattern.compile("Mail: (\\d+) sent by \\S+");
    for (String server : List.of("spreekkamer-a", "spreekkamer-b")) {
      Path log = ClusterIT.SERVERS.resolve(server).resolve("logs").resolve("messages.log");
      for (String text : Files.readAllLines(log)) {
        Matcher m = line.matcher(text);
        if (m.find()) {
          sent.merge(server, Integer.parseInt(m.group(1)), Integer::sum);
        }
      }
    }
    return sent;
  }

  private static void insert(Connection db, String run, long firstId) throws SQLException {
    db.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO MAIL_OUTBOX (ID, KIND, RECIPIENT, LANG, SUBJECT, BODY, STATUS,"
                + " CREATED_AT, ATTEMPTS, NEXT_ATTEMPT_AT) VALUES (?, 'bench', ?, 'nl', ?, ?,"
                + " 'WAITING', ?, 0, ?)")) {
      for (int i = 0; i < MAILS; i++) {
        insert.setLong(1, firstId + i);
        insert.setString(2, "bench-" + i + "@test.example");
        insert.setString(3, "Bench " + run + " " + i);
        insert.setString(4, "Een bericht van de bench, nummer " + i + ".\n");
        insert.setTimestamp(5, now);
        insert.setTimestamp(6, now);
        insert.addBatch();
        if (i % 500 == 499) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
      db.commit();
    }
  }

  private static Map<String, Long> statuses(Connection db, long firstId) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT STATUS, COUNT(*) FROM MAIL_OUTBOX WHERE ID >= ? AND ID < ? GROUP BY STATUS")) {
      query.setLong(1, firstId);
      query.setLong(2, firstId + MAILS);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }

  private static List<MimeMessage> ours(GreenMail smtp, String run) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Bench " + run + " "))
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
