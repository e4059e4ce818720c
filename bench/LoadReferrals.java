// Fills a stopped Spreekkamer Derby database with invented referrals for the queue benchmark:
// 48 extra gemeenten with one practice each (50 in all with the demo ones) and N referrals spread
// evenly over them, with realistic statuses, 20% urgent, received over the past year.
// Run with the Derby jars of ~/.m2 (see bench/referral-bench.sh); the server must be stopped.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class LoadReferrals {
  static final String[] STATUSES = {
    "RECEIVED", "SEEKING_CONTACT", "CONTACT_MADE", "CONVERSATION_PLANNED", "HELP_ACCEPTED", "CLOSED", "CLOSED", "CLOSED"
  };
  static final String[] CATEGORIES = {
    "RENT_OR_MORTGAGE", "ENERGY_OR_WATER", "HEALTH_INSURANCE", "BILLS_AND_POST", "INCOME_AND_BENEFITS", "DEBTS"
  };

  public static void main(String[] args) throws Exception {
    String db = args[0];
    int count = Integer.parseInt(args[1]);
    Random random = new Random(42);
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + db)) {
      c.setAutoCommit(false);
      long account = single(c, "SELECT ID FROM USER_ACCOUNT WHERE USERNAME = 'assistent'");
      List<long[]> places = new ArrayList<>(); // {gemeenteId, praktijkId}
      try (ResultSet rs = c.createStatement().executeQuery("SELECT GEMEENTE_ID, MIN(ID) FROM PRAKTIJK GROUP BY GEMEENTE_ID")) {
        while (rs.next()) {
          places.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
      try (PreparedStatement g = c.prepareStatement(
              "INSERT INTO GEMEENTE (ID, VERSION, NAME, CBS_CODE, MELDPUNT_NAME, MELDPUNT_PHONE, MELDPUNT_EMAIL,"
                  + " MELDPUNT_STREET, MELDPUNT_POSTCODE, MELDPUNT_CITY, MELDPUNT_OPENING_HOURS, NORM_URGENT_DAYS,"
                  + " NORM_REGULAR_DAYS) VALUES (?, 1, ?, ?, ?, '0500 00 00 00', 'meldpunt@bench.example',"
                  + " 'Benchplein 1', '9999 ZZ', ?, 'Werkdagen 9-17 uur', 3, 20)");
          PreparedStatement p = c.prepareStatement(
              "INSERT INTO PRAKTIJK (ID, VERSION, NAME, AGB_CODE, STREET, POSTCODE, CITY, GEMEENTE_ID, FEEDBACK_EMAIL)"
                  + " VALUES (?, 1, ?, ?, 'Benchstraat 1', '9999 ZZ', ?, ?, 'praktijk@bench.example')")) {
        for (int i = 0; places.size() < 50; i++) {
          long gemeente = 100_000 + i;
          String name = "Benchgemeente " + i;
          g.setLong(1, gemeente);
          g.setString(2, name);
          g.setString(3, String.format("GM8%03d", i));
          g.setString(4, "Meldpunt " + name);
          g.setString(5, name);
          g.executeUpdate();
          long praktijk = 100_000 + i;
          p.setLong(1, praktijk);
          p.setString(2, "Benchpraktijk " + i);
          p.setString(3, String.format("0188%04d", i));
          p.setString(4, name);
          p.setLong(5, gemeente);
          p.executeUpdate();
          places.add(new long[] {gemeente, praktijk});
        }
      }
      long firstId = 10_000_000L + single(c, "SELECT COUNT(*) FROM REFERRAL");
      Instant now = Instant.now();
      try (PreparedStatement r = c.prepareStatement(
          "INSERT INTO REFERRAL (ID, VERSION, REFERENCE, PRAKTIJK_ID, REFERRED_BY, GEMEENTE_ID, CREATED_AT, STATUS,"
              + " STATUS_CHANGED_AT, ASSIGNED_TO, PATIENT_NAME, PATIENT_PHONE, CONTACT_PREFERENCE, CATEGORY, URGENCY,"
              + " URGENT, CONSENT_FEEDBACK, CONSENT_TEXT_VERSION, CONSENT_RECORDED_BY, CONSENT_RECORDED_AT, OUTCOME,"
              + " CLOSED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, '06 12 34 56 78', 'PHONE', ?, ?, ?, TRUE,"
              + " '2026-11-1', ?, ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          long[] place = places.get(i % places.size());
          Timestamp created = Timestamp.from(now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS));
          String status = STATUSES[random.nextInt(STATUSES.length)];
          boolean urgent = random.nextInt(5) == 0;
          boolean closed = status.equals("CLOSED");
          r.setLong(1, firstId + i);
          r.setString(2, String.format("VK-B%04d-%05d", i / 100000, i % 100000));
          r.setLong(3, place[1]);
          r.setLong(4, account);
          r.setLong(5, place[0]);
          r.setTimestamp(6, created);
          r.setString(7, status);
          r.setTimestamp(8, created);
          if (status.equals("RECEIVED")) {
            r.setNull(9, java.sql.Types.BIGINT);
          } else {
            r.setLong(9, account);
          }
          r.setString(10, "Benchpatient " + i);
          r.setString(11, CATEGORIES[random.nextInt(CATEGORIES.length)]);
          r.setString(12, urgent ? "EVICTION" : null);
          r.setBoolean(13, urgent);
          r.setLong(14, account);
          r.setTimestamp(15, created);
          r.setString(16, closed ? "HELP_PROGRAMME_STARTED" : null);
          r.setTimestamp(17, closed ? created : null);
          r.addBatch();
          if (i % 1000 == 999) {
            r.executeBatch();
            c.commit();
          }
        }
        r.executeBatch();
      }
      c.commit();
      System.out.println("Inserted " + count + " referrals over " + places.size() + " gemeenten");
    }
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true");
    } catch (java.sql.SQLException expected) {
      // Derby reports a clean shutdown as an exception.
    }
  }

  static long single(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
