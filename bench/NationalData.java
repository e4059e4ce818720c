// National-scale data for the capacity benchmark, added by JDBC batch inserts to an existing
// Spreekkamer schema (made by the app's Liquibase changelog at its first start; the app must be
// stopped when the database is embedded Derby):
//   gemeenten    342 invented gemeenten (CBS codes GM9000..), each with an intake worker and a
//                coordinator (username nd-g0042-intake, nd-g0042-coordinator)
//   practices    5,000 practices, spread unevenly over the gemeenten (a few large ones)
//   employees    50,000 accounts, 10 per practice: 3 huisartsen, 2 POH, 4 assistenten and a
//                praktijkmanager (username nd0042-huisarts1 .. nd0042-praktijkmanager1), all with
//                the password of the demo account huisarts ("demo")
//   learning     500,000 learning records (xAPI statements, LEARNING_STATEMENT) with what they
//                describe: enrolments, lessons seen, submitted test attempts and certificates;
//                earlier rounds (a completion expires after 24 months) leave statements only
//   referrals    100,000 referrals from practices picked at random, statuses from received to
//                closed, 20% urgent, received over the past year (the logic of the former
//                LoadReferrals.java, which this replaces)
// Sizes are system properties: -Dgemeenten=342 -Dpractices=5000 -Demployees=50000
// -Dstatements=500000 -Dreferrals=100000. Ids are taken from ID_GENERATOR, the table EclipseLink's
// table generators use, so the app goes on numbering after them. It refuses to run twice.
//
//   java -cp derby.jar:derbyshared.jar:derbytools.jar bench/NationalData.java jdbc:derby:/tmp/db
//   java -cp postgresql.jar bench/NationalData.java \
//       'jdbc:postgresql://127.0.0.1:5432/spreekkamer?reWriteBatchedInserts=true' user password
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

public class NationalData {
  static final String MARKER_CBS = "GM9000";
  static final int BATCH = 2000;

  static final String[] STATUSES = {
    "RECEIVED", "SEEKING_CONTACT", "CONTACT_MADE", "CONVERSATION_PLANNED", "HELP_ACCEPTED", "CLOSED", "CLOSED", "CLOSED"
  };
  static final String[] CATEGORIES = {
    "RENT_OR_MORTGAGE", "ENERGY_OR_WATER", "HEALTH_INSURANCE", "BILLS_AND_POST", "INCOME_AND_BENEFITS", "DEBTS"
  };
  static final String[] URGENCIES = {"EVICTION", "ENERGY_CUTOFF", "WATER_CUTOFF", "GARNISHMENT"};
  /** Invented place-name parts; combined they make 360 names that are no real gemeente. */
  static final String[] STEMS = {
    "Aldel", "Brammel", "Corder", "Dalve", "Everdin", "Fliet", "Garle", "Hemmer", "Irsel", "Joukel", "Kolder",
    "Lommer", "Marrel", "Nuwel", "Olderin", "Persel", "Quaster", "Rindel", "Sorrel", "Tjallin", "Ullem",
    "Vreder", "Weskel", "Ysselin"
  };
  static final String[] SUFFIXES = {
    "mere", "waard", "dam", "dorp", "veen", "horst", "hoven", "wijk", "loo", "rade", "zijl", "heem", "broek",
    "drecht", "oord"
  };
  static final String[] FIRST = {
    "Anna", "Bram", "Carla", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Iris", "Joost", "Karin", "Lars", "Marit",
    "Niels", "Olga", "Pieter", "Roos", "Sander", "Tessa", "Ruben", "Vera", "Wouter", "Yara", "Zeynep",
    "Mohamed", "Fatima", "Sanne", "Thijs", "Lotte", "Jeroen", "Noor", "Bas", "Ilse", "Mehmet", "Anouk", "Koen",
    "Esra", "Hugo", "Lieke", "Rik"
  };
  static final String[] LAST = {
    "Aalbers", "Brinkman", "Claassen", "Dijkhuis", "Everts", "Feenstra", "Groeneveld", "Hofstede", "IJzerman",
    "Jonkers", "Kuipers", "Lammers", "Meulenbelt", "Nijhof", "Oosterbaan", "Postma", "Roelofs", "Schuurman",
    "Terpstra", "Uitdehaag", "Veldkamp", "Wijnands", "Zwartjes", "Bakkum", "Coolen", "Drenth", "Elzinga",
    "Hoekstra", "Kramer", "Mulder", "Yilmaz", "El Amrani", "Nauta", "Smits", "Tuinstra", "Verbeek"
  };
  static final String[] INFIX = {"", "", "", "", "van ", "de ", "van der ", "van den ", "ter "};
  /** Team of every practice: role and how many. */
  static final String[][] TEAM = {{"HUISARTS", "3"}, {"POH", "2"}, {"ASSISTENT", "4"}, {"PRAKTIJKMANAGER", "1"}};
  static final String CODE_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  record Module(String id, String version, String title, List<String[]> lessons, List<String> questions, int validMonths) {}

  static Connection c;
  static final Random random = new Random(8);
  static final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java -cp <jdbc driver> NationalData.java <jdbc-url> [user] [password]");
      System.exit(2);
    }
    int gemeenten = Integer.getInteger("gemeenten", 342);
    int practices = Integer.getInteger("practices", 5000);
    int employees = Integer.getInteger("employees", 50_000);
    int statements = Integer.getInteger("statements", 500_000);
    int referrals = Integer.getInteger("referrals", 100_000);
    long t0 = System.nanoTime();
    c = args.length > 1 ? DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "") : DriverManager.getConnection(args[0]);
    try {
      c.setAutoCommit(false);
      if (count("SELECT COUNT(*) FROM GEMEENTE WHERE CBS_CODE = '" + MARKER_CBS + "'") > 0) {
        System.err.println("This database already has the national data (gemeente " + MARKER_CBS + "); start from a fresh one.");
        System.exit(1);
      }
      String hash = string("SELECT PASSWORD_HASH FROM USER_ACCOUNT WHERE USERNAME = 'huisarts'");
      long fallbackReferrer = count("SELECT ID FROM USER_ACCOUNT WHERE USERNAME = 'assistent'");
      List<Long> gemeenteIds = addGemeenten(gemeenten, hash);
      List<long[]> practiceIds = addPractices(practices, gemeenteIds); // {praktijk, gemeente}
      Map<Long, List<long[]>> staff = addEmployees(practiceIds, employees, hash); // praktijk -> {account, roleIndex}
      if (statements > 0) {
        addLearning(staff, statements);
      }
      addReferrals(referrals, staff, fallbackReferrer);
      if (args[0].startsWith("jdbc:postgresql:")) {
        long t = System.nanoTime();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          // fresh statistics, so the planner knows the tables' new sizes
          st.execute("ANALYZE GEMEENTE, PRAKTIJK, USER_ACCOUNT, ACCOUNT_ROLE, ENROLMENT, ENROLMENT_LESSON, TEST_ATTEMPT,"
              + " CERTIFICATE, LEARNING_STATEMENT, REFERRAL");
        }
        System.out.printf("analyze in %.1f s%n", secs(t));
      }
      System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    } finally {
      c.close();
      if (args[0].startsWith("jdbc:derby:")) {
        try {
          DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
          // Derby reports a clean shutdown as an exception.
        }
      }
    }
  }

  // ---- organisation ----------------------------------------------------------------------------

  static List<Long> addGemeenten(int n, String hash) throws SQLException {
    long t = System.nanoTime();
    if (n > STEMS.length * SUFFIXES.length) {
      throw new IllegalArgumentException("at most " + STEMS.length * SUFFIXES.length + " gemeenten");
    }
    long first = reserve("GEMEENTE", "GEMEENTE", n);
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement g = c.prepareStatement(
        "INSERT INTO GEMEENTE (ID, VERSION, NAME, CBS_CODE, MELDPUNT_NAME, MELDPUNT_PHONE, MELDPUNT_EMAIL,"
            + " MELDPUNT_STREET, MELDPUNT_POSTCODE, MELDPUNT_CITY, MELDPUNT_OPENING_HOURS, NORM_URGENT_DAYS,"
            + " NORM_REGULAR_DAYS) VALUES (?, 1, ?, ?, ?, ?, ?, 'Stadhuisplein 1', ?, ?, 'Werkdagen 9-17 uur', 3, 20)")) {
      for (int i = 0; i < n; i++) {
        long id = first + i;
        String name = gemeenteName(i);
        g.setLong(1, id);
        g.setString(2, name);
        g.setString(3, String.format("GM%04d", 9000 + i));
        g.setString(4, "Geldzorgenloket " + name);
        g.setString(5, String.format("0%d0 %03d %03d", 5 + i % 5, i % 1000, 100 + i % 900));
        g.setString(6, "loket@" + name.toLowerCase() + ".example");
        g.setString(7, String.format("%04d AB", 9000 + i % 900));
        g.setString(8, name);
        g.addBatch();
        ids.add(id);
      }
      g.executeBatch();
    }
    // an intake worker and a coordinator per gemeente
    long firstAccount = reserve("USER_ACCOUNT", "USER_ACCOUNT", 2 * n);
    try (PreparedStatement a = accountInsert(); PreparedStatement r = roleInsert()) {
      for (int i = 0; i < n; i++) {
        String[] roles = {"GEMEENTE_INTAKE", "GEMEENTE_COORDINATOR"};
        String[] names = {"intake", "coordinator"};
        for (int k = 0; k < 2; k++) {
          long id = firstAccount + 2L * i + k;
          account(a, id, String.format("nd-g%04d-%s", i, names[k]), personName(), hash, null, ids.get(i), null, null, null);
          r.setLong(1, id);
          r.setString(2, roles[k]);
          r.addBatch();
        }
      }
      a.executeBatch();
      r.executeBatch();
    }
    c.commit();
    System.out.printf("gemeenten: %d, with %d intake workers and coordinators, in %.1f s%n", n, 2 * n, secs(t));
    return ids;
  }

  static List<long[]> addPractices(int n, List<Long> newGemeenten) throws SQLException {
    long t = System.nanoTime();
    List<long[]> result = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, GEMEENTE_ID FROM PRAKTIJK")) {
      while (rs.next()) {
        result.add(new long[] {rs.getLong(1), rs.getLong(2), 0}); // existing: no generated team
      }
    }
    // a few large gemeenten, many small ones: weight 1/(rank+1)^0.9, at least one practice each
    double[] weight = new double[newGemeenten.size()];
    double sum = 0;
    for (int i = 0; i < weight.length; i++) {
      weight[i] = 1 / Math.pow(i + 1, 0.9);
      sum += weight[i];
    }
    long first = reserve("PRAKTIJK", "PRAKTIJK", n);
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO PRAKTIJK (ID, VERSION, NAME, AGB_CODE, STREET, POSTCODE, CITY, GEMEENTE_ID, FEEDBACK_EMAIL)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < n; i++) {
        int g;
        if (i < newGemeenten.size()) {
          g = i;
        } else {
          double x = random.nextDouble() * sum;
          g = 0;
          while (g < weight.length - 1 && (x -= weight[g]) > 0) {
            g++;
          }
        }
        String city = gemeenteName(g);
        String name = "Huisartsenpraktijk " + LAST[random.nextInt(LAST.length)] + " " + (i + 1);
        long id = first + i;
        p.setLong(1, id);
        p.setString(2, name);
        p.setString(3, String.format("0199%04d", i));
        p.setString(4, LAST[random.nextInt(LAST.length)] + "laan " + (1 + random.nextInt(200)));
        p.setString(5, postcode());
        p.setString(6, city);
        p.setLong(7, newGemeenten.get(g));
        p.setString(8, String.format("praktijk%04d@praktijk.example", i));
        p.addBatch();
        result.add(new long[] {id, newGemeenten.get(g), 1});
      }
      p.executeBatch();
    }
    c.commit();
    System.out.printf("practices: %d over %d gemeenten in %.1f s%n", n, newGemeenten.size(), secs(t));
    return result;
  }

  /** Accounts of the new practices; the map holds every practice, with its staff {id, team index}. */
  static Map<Long, List<long[]>> addEmployees(List<long[]> practices, int n, String hash) throws SQLException {
    long t = System.nanoTime();
    Map<Long, List<long[]>> staff = new HashMap<>();
    List<long[]> fresh = practices.stream().filter(p -> p[2] == 1).toList();
    practices.forEach(p -> staff.put(p[0], new ArrayList<>()));
    int perPractice = fresh.isEmpty() ? 0 : n / fresh.size();
    int made = 0;
    long next = reserve("USER_ACCOUNT", "USER_ACCOUNT", (long) perPractice * fresh.size());
    try (PreparedStatement a = accountInsert(); PreparedStatement r = roleInsert()) {
      for (int pi = 0; pi < fresh.size() && perPractice > 0; pi++) {
        long[] practice = fresh.get(pi);
        int member = 0;
        for (int role = 0; role < TEAM.length && member < perPractice; role++) {
          int count = role == TEAM.length - 1 ? perPractice - member : Math.min(Integer.parseInt(TEAM[role][1]), perPractice - member);
          for (int k = 1; k <= count; k++, member++) {
            long id = next++;
            String roleName = TEAM[role][0];
            String big = roleName.equals("HUISARTS") ? bigNumber("01") : roleName.equals("POH") && random.nextBoolean() ? bigNumber("30") : null;
            String register = roleName.equals("POH") ? "NVVPO-" + (100000 + random.nextInt(900000)) : null;
            String kabiz = roleName.equals("ASSISTENT") && random.nextInt(3) == 0 ? String.valueOf(10000 + random.nextInt(90000)) : null;
            account(a, id, String.format("nd%04d-%s%d", pi, roleName.toLowerCase(), k), personName(), hash, practice[0], null, big, register, kabiz);
            r.setLong(1, id);
            r.setString(2, roleName);
            r.addBatch();
            staff.get(practice[0]).add(new long[] {id, role});
            if (++made % BATCH == 0) {
              a.executeBatch();
              r.executeBatch();
              c.commit();
            }
          }
        }
      }
      a.executeBatch();
      r.executeBatch();
    }
    c.commit();
    System.out.printf("employees: %d (%d per practice) in %.1f s%n", made, perPractice, secs(t));
    return staff;
  }

  static PreparedStatement accountInsert() throws SQLException {
    return c.prepareStatement(
        "INSERT INTO USER_ACCOUNT (ID, VERSION, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH, PRAKTIJK_ID, GEMEENTE_ID,"
            + " BIG_NUMBER, REGISTER_NUMBER, PE_REGISTER, KABIZ_NUMBER, ACTIVE, FAILED_LOGINS, MUST_CHANGE_PASSWORD)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, FALSE)");
  }

  static PreparedStatement roleInsert() throws SQLException {
    return c.prepareStatement("INSERT INTO ACCOUNT_ROLE (ACCOUNT_ID, ROLE_NAME) VALUES (?, ?)");
  }

  static void account(PreparedStatement a, long id, String username, String name, String hash, Long praktijk, Long gemeente,
      String big, String register, String kabiz) throws SQLException {
    a.setLong(1, id);
    a.setString(2, username);
    a.setString(3, name);
    a.setString(4, username + "@medewerker.example");
    a.setString(5, hash);
    setLong(a, 6, praktijk);
    setLong(a, 7, gemeente);
    a.setString(8, big);
    a.setString(9, register);
    a.setString(10, register == null ? null : "NVVPO");
    a.setString(11, kabiz);
    a.addBatch();
  }

  // ---- learning --------------------------------------------------------------------------------

  /** One learner's history in one module: the current round, and earlier rounds as statements. */
  static final class Plan {
    long account;
    Module module;
    int lessonsSeen;
    int failedAttempts;
    boolean completed;
    int earlierRounds;
    Instant started;

    int currentStatements() {
      return 1 + lessonsSeen + failedAttempts + (completed ? 2 : 0);
    }

    int roundStatements() {
      return 1 + module.lessons().size() + 2;
    }
  }

  static void addLearning(Map<Long, List<long[]>> staff, int target) throws Exception {
    long t = System.nanoTime();
    Path content = Path.of(System.getProperty("content", "content/learning"));
    Module clinical = module(content.resolve("geldzorgen-spreekkamer"));
    Module desk = module(content.resolve("geldzorgen-balie"));
    // the plan first, so the number of statements comes out at the target
    List<Plan> plans = new ArrayList<>();
    long planned = 0;
    for (List<long[]> members : staff.values()) {
      for (long[] member : members) {
        Module module = member[1] <= 1 ? clinical : member[1] == 2 ? desk : null;
        if (module == null || random.nextInt(100) >= 85) {
          continue; // practice managers do not take a module; 15% have not started
        }
        Plan p = new Plan();
        p.account = member[0];
        p.module = module;
        int state = random.nextInt(100);
        p.completed = state < 70;
        p.lessonsSeen = p.completed ? module.lessons().size() : state < 90 ? 1 + random.nextInt(module.lessons().size()) : 0;
        p.failedAttempts = p.completed && random.nextInt(100) < 30 ? 1 : 0;
        p.started = now.minus(1 + random.nextInt(700), ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
        plans.add(p);
        planned += p.currentStatements();
      }
    }
    List<Plan> completed = plans.stream().filter(p -> p.completed).toList();
    while (planned < target && !completed.isEmpty()) {
      Plan p = completed.get(random.nextInt(completed.size()));
      p.earlierRounds++;
      planned += p.roundStatements();
    }
    Map<Long, String> names = new HashMap<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, DISPLAY_NAME FROM USER_ACCOUNT WHERE PRAKTIJK_ID IS NOT NULL")) {
      while (rs.next()) {
        names.put(rs.getLong(1), rs.getString(2));
      }
    }
    long enrolmentId = reserve("ENROLMENT", "ENROLMENT", plans.size());
    long attemptId = reserve("TEST_ATTEMPT", "TEST_ATTEMPT", plans.stream().mapToLong(p -> p.failedAttempts + (p.completed ? 1 : 0)).sum());
    long certificateId = reserve("CERTIFICATE", "CERTIFICATE", completed.size());
    long rows = 0;
    long statementsWritten = 0;
    int lessonsWritten = 0;
    try (PreparedStatement e = c.prepareStatement(
            "INSERT INTO ENROLMENT (ID, VERSION, ACCOUNT_ID, MODULE_ID, MODULE_VERSION, REGISTRATION, STARTED_AT, LAST_LESSON_ID,"
                + " COMPLETED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement l = c.prepareStatement(
            "INSERT INTO ENROLMENT_LESSON (ENROLMENT_ID, LESSON_ID, FIRST_SEEN_AT, SECONDS_SPENT) VALUES (?, ?, ?, ?)");
        PreparedStatement a = c.prepareStatement(
            "INSERT INTO TEST_ATTEMPT (ID, VERSION, ENROLMENT_ID, REGISTRATION, MODULE_VERSION, QUESTION_ORDER, STARTED_AT,"
                + " SUBMITTED_AT, SCORE, PASSED) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement cert = c.prepareStatement(
            "INSERT INTO CERTIFICATE (ID, CODE, ACCOUNT_ID, LEARNER_NAME, BIG_NUMBER, REGISTER_NUMBER, KABIZ_NUMBER, MODULE_ID,"
                + " MODULE_TITLE, MODULE_VERSION, SCORE, COMPLETED_ON, EXPIRES_ON, ISSUED_AT)"
                + " VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO LEARNING_STATEMENT (ID, ACCOUNT_ID, REGISTRATION, VERB, STORED_AT, STATEMENT) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Plan p : plans) {
        Module m = p.module;
        // earlier rounds, each completed more than validMonths before the current one started
        for (int round = p.earlierRounds; round >= 1; round--) {
          String registration = UUID.randomUUID().toString();
          Instant at = p.started.minus(round * 740L, ChronoUnit.DAYS);
          statementsWritten += statement(s, p.account, registration, "initialized", at, m, -1, null);
          for (int i = 0; i < m.lessons().size(); i++) {
            at = at.plus(10 + random.nextInt(60), ChronoUnit.MINUTES);
            statementsWritten += statement(s, p.account, registration, "progressed", at, m, i, (i + 1) * 100 / (m.lessons().size() + 1));
          }
          at = at.plus(20, ChronoUnit.MINUTES);
          statementsWritten += statement(s, p.account, registration, "passed", at, m, -1, 80 + random.nextInt(21));
          statementsWritten += statement(s, p.account, registration, "completed", at, m, -1, null);
        }
        String registration = UUID.randomUUID().toString();
        long enrolment = enrolmentId++;
        Instant at = p.started;
        statementsWritten += statement(s, p.account, registration, "initialized", at, m, -1, null);
        for (int i = 0; i < p.lessonsSeen; i++) {
          at = at.plus(10 + random.nextInt(60), ChronoUnit.MINUTES);
          l.setLong(1, enrolment);
          l.setString(2, m.lessons().get(i)[0]);
          l.setTimestamp(3, Timestamp.from(at));
          l.setInt(4, 300 + random.nextInt(900));
          l.addBatch();
          lessonsWritten++;
          statementsWritten += statement(s, p.account, registration, "progressed", at, m, i, (i + 1) * 100 / (m.lessons().size() + 1));
        }
        for (int i = 0; i < p.failedAttempts + (p.completed ? 1 : 0); i++) {
          boolean passed = p.completed && i == p.failedAttempts;
          int score = passed ? 80 + random.nextInt(21) : 40 + random.nextInt(35);
          Instant begun = at.plus(5, ChronoUnit.MINUTES);
          at = begun.plus(8 + random.nextInt(15), ChronoUnit.MINUTES);
          List<String> order = new ArrayList<>(m.questions());
          java.util.Collections.shuffle(order, random);
          a.setLong(1, attemptId++);
          a.setLong(2, enrolment);
          a.setString(3, registration);
          a.setString(4, m.version());
          a.setString(5, String.join(",", order));
          a.setTimestamp(6, Timestamp.from(begun));
          a.setTimestamp(7, Timestamp.from(at));
          a.setInt(8, score);
          a.setBoolean(9, passed);
          a.addBatch();
          statementsWritten += statement(s, p.account, registration, passed ? "passed" : "failed", at, m, -1, score);
          if (passed) {
            statementsWritten += statement(s, p.account, registration, "completed", at, m, -1, null);
            LocalDate on = LocalDate.ofInstant(at, ZoneOffset.UTC);
            cert.setLong(1, certificateId++);
            cert.setString(2, "SK-" + code(4) + "-" + code(4) + "-" + code(4));
            cert.setLong(3, p.account);
            cert.setString(4, names.getOrDefault(p.account, "Onbekend"));
            cert.setString(5, m.id());
            cert.setString(6, m.title());
            cert.setString(7, m.version());
            cert.setInt(8, score);
            cert.setDate(9, java.sql.Date.valueOf(on));
            cert.setDate(10, java.sql.Date.valueOf(on.plusMonths(m.validMonths())));
            cert.setTimestamp(11, Timestamp.from(at));
            cert.addBatch();
          }
        }
        e.setLong(1, enrolment);
        e.setLong(2, p.account);
        e.setString(3, m.id());
        e.setString(4, m.version());
        e.setString(5, registration);
        e.setTimestamp(6, Timestamp.from(p.started));
        e.setString(7, p.lessonsSeen == 0 ? null : m.lessons().get(p.lessonsSeen - 1)[0]);
        e.setTimestamp(8, p.completed ? Timestamp.from(at) : null);
        e.addBatch();
        if (++rows % 500 == 0) {
          // parents before children: the foreign keys are checked per statement
          e.executeBatch();
          l.executeBatch();
          a.executeBatch();
          cert.executeBatch();
          s.executeBatch();
          c.commit();
        }
        if (rows % 10_000 == 0) {
          System.out.printf("  %d learners, %d statements, %.0f s%n", rows, statementsWritten, secs(t));
        }
      }
      e.executeBatch();
      l.executeBatch();
      a.executeBatch();
      cert.executeBatch();
      s.executeBatch();
    }
    c.commit();
    System.out.printf(
        "learning: %d learning records (xAPI statements); %d enrolments, %d lessons seen, %d certificates; in %.1f s%n",
        statementsWritten, plans.size(), lessonsWritten, completed.size(), secs(t));
  }

  /** One xAPI 1.0.3 statement in the form LearningRecords writes it; returns 1 for counting. */
  static int statement(PreparedStatement s, long account, String registration, String verb, Instant at, Module m, int lesson,
      Integer value) throws SQLException {
    String id = UUID.randomUUID().toString();
    String activities = "https://spreekkamer.nl/xapi/activities/module/" + m.id();
    String object = lesson < 0
        ? "{\"objectType\":\"Activity\",\"id\":\"" + activities + "\",\"definition\":{\"name\":{\"nl-NL\":\"" + m.title()
            + "\"},\"type\":\"http://adlnet.gov/expapi/activities/course\"}}"
        : "{\"objectType\":\"Activity\",\"id\":\"" + activities + "/lesson/" + m.lessons().get(lesson)[0]
            + "\",\"definition\":{\"name\":{\"nl-NL\":\"" + m.lessons().get(lesson)[1]
            + "\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}}";
    boolean cmi5 = !verb.equals("progressed");
    boolean moveOn = verb.equals("passed") || verb.equals("failed") || verb.equals("completed");
    String category = (cmi5 ? "{\"id\":\"https://w3id.org/xapi/cmi5/context/categories/cmi5\"}" : "")
        + (moveOn ? ",{\"id\":\"https://w3id.org/xapi/cmi5/context/categories/moveon\"}" : "");
    String result = switch (verb) {
      case "progressed" -> ",\"result\":{\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":" + value + "}}";
      case "passed", "failed" -> ",\"result\":{\"score\":{\"scaled\":" + value / 100.0 + ",\"raw\":" + value
          + ",\"min\":0,\"max\":100},\"success\":" + verb.equals("passed") + ",\"duration\":\"PT14M\"}";
      case "completed" -> ",\"result\":{\"completion\":true,\"duration\":\"PT58M\"}";
      default -> "";
    };
    Instant stored = at.truncatedTo(ChronoUnit.MILLIS);
    String json = "{\"id\":\"" + id + "\",\"version\":\"1.0.3\",\"timestamp\":\"" + stored
        + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://spreekkamer.nl\",\"name\":\"account-" + account
        + "\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb + "\",\"display\":{\"en-US\":\"" + verb + "\"}},\"object\":"
        + object + ",\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{\"category\":["
        + category + "]},\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"" + registration + "\"}}"
        + result + "}";
    s.setString(1, id);
    s.setLong(2, account);
    s.setString(3, registration);
    s.setString(4, verb);
    s.setTimestamp(5, Timestamp.from(stored));
    s.setString(6, json);
    s.addBatch();
    return 1;
  }

  /** Reads id, version, title, validMonths, lessons and test question ids from the content files. */
  static Module module(Path dir) throws Exception {
    String id = null, version = null, title = null;
    int valid = 24;
    List<String[]> lessons = new ArrayList<>();
    String lessonId = null;
    boolean inLessons = false;
    for (String line : Files.readAllLines(dir.resolve("module.yaml"))) {
      String trimmed = line.strip();
      if (line.startsWith("lessons:")) {
        inLessons = true;
      } else if (!line.startsWith(" ") && !line.isBlank()) {
        inLessons = false;
      }
      if (inLessons && trimmed.startsWith("- id:")) {
        lessonId = value(trimmed.substring(2));
      } else if (inLessons && trimmed.startsWith("title:") && lessonId != null) {
        lessons.add(new String[] {lessonId, value(trimmed)});
        lessonId = null;
      } else if (line.startsWith("id:")) {
        id = value(line);
      } else if (line.startsWith("version:")) {
        version = value(line);
      } else if (line.startsWith("title:")) {
        title = value(line);
      } else if (line.startsWith("validMonths:")) {
        valid = Integer.parseInt(value(line));
      }
    }
    List<String> questions = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("toets.yaml"))) {
      if (line.startsWith("  - id:")) {
        questions.add(value(line.strip().substring(2)));
      }
    }
    return new Module(id, version, title, lessons, questions, valid);
  }

  static String value(String line) {
    String v = line.substring(line.indexOf(':') + 1).strip();
    return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }

  // ---- referrals -------------------------------------------------------------------------------

  static void addReferrals(int count, Map<Long, List<long[]>> staff, long fallbackReferrer) throws SQLException {
    if (count == 0) {
      return;
    }
    long t = System.nanoTime();
    List<long[]> practices = new ArrayList<>(); // {praktijk, gemeente}
    try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, GEMEENTE_ID FROM PRAKTIJK ORDER BY ID")) {
      while (rs.next()) {
        practices.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    Map<Long, Long> intake = new HashMap<>();
    try (ResultSet rs = c.createStatement().executeQuery(
        "SELECT a.GEMEENTE_ID, MIN(a.ID) FROM USER_ACCOUNT a JOIN ACCOUNT_ROLE r ON r.ACCOUNT_ID = a.ID"
            + " WHERE r.ROLE_NAME = 'GEMEENTE_INTAKE' GROUP BY a.GEMEENTE_ID")) {
      while (rs.next()) {
        intake.put(rs.getLong(1), rs.getLong(2));
      }
    }
    long first = reserve("REFERRAL", "REFERRAL", count);
    try (PreparedStatement r = c.prepareStatement(
        "INSERT INTO REFERRAL (ID, VERSION, REFERENCE, PRAKTIJK_ID, REFERRED_BY, GEMEENTE_ID, CREATED_AT, STATUS,"
            + " STATUS_CHANGED_AT, ASSIGNED_TO, PATIENT_NAME, PATIENT_PHONE, CONTACT_PREFERENCE, CATEGORY, URGENCY,"
            + " URGENT, CONSENT_FEEDBACK, CONSENT_TEXT_VERSION, CONSENT_RECORDED_BY, CONSENT_RECORDED_AT, OUTCOME,"
            + " CLOSED_AT, UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, '06 12 34 56 78', 'PHONE', ?, ?, ?,"
            + " TRUE, '2026-11-1', ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        long[] place = practices.get(random.nextInt(practices.size()));
        List<long[]> team = staff.getOrDefault(place[0], List.of());
        long referrer = team.isEmpty() ? fallbackReferrer : team.get(random.nextInt(team.size()))[0];
        Timestamp created = Timestamp.from(now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        boolean urgent = random.nextInt(5) == 0;
        boolean closed = status.equals("CLOSED");
        Long assignee = status.equals("RECEIVED") ? null : intake.get(place[1]);
        r.setLong(1, first + i);
        r.setString(2, String.format("VK-N%04d-%05d", i / 100000, i % 100000));
        r.setLong(3, place[0]);
        r.setLong(4, referrer);
        r.setLong(5, place[1]);
        r.setTimestamp(6, created);
        r.setString(7, status);
        r.setTimestamp(8, created);
        setLong(r, 9, assignee);
        r.setString(10, personName());
        r.setString(11, CATEGORIES[random.nextInt(CATEGORIES.length)]);
        r.setString(12, urgent ? URGENCIES[random.nextInt(URGENCIES.length)] : null);
        r.setBoolean(13, urgent);
        r.setLong(14, referrer);
        r.setTimestamp(15, created);
        r.setString(16, closed ? "HELP_PROGRAMME_STARTED" : null);
        r.setTimestamp(17, closed ? created : null);
        r.setTimestamp(18, created);
        r.addBatch();
        if (i % BATCH == BATCH - 1) {
          r.executeBatch();
          c.commit();
        }
      }
      r.executeBatch();
    }
    c.commit();
    System.out.printf("referrals: %d over %d practices in %.1f s%n", count, practices.size(), secs(t));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Takes n ids from the table generator: EclipseLink adds its allocation size to NEXT_VALUE and uses
   * the values up to the new one, so raising NEXT_VALUE by n leaves it numbering after ours. Ids
   * already in the table above NEXT_VALUE (inserted by earlier scripts) are skipped too.
   */
  static long reserve(String generator, String table, long n) throws SQLException {
    long next = count("SELECT NEXT_VALUE FROM ID_GENERATOR WHERE NAME = '" + generator + "'");
    long max = count("SELECT COALESCE(MAX(ID), 0) FROM " + table);
    long start = Math.max(next, max);
    try (Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE ID_GENERATOR SET NEXT_VALUE = " + (start + n) + " WHERE NAME = '" + generator + "'");
    }
    c.commit();
    return start + 1;
  }

  /** Stems vary fastest; (stem, suffix) pairs are all different for i below 360. */
  static String gemeenteName(int i) {
    return STEMS[i % STEMS.length] + SUFFIXES[(i / STEMS.length + i % STEMS.length) % SUFFIXES.length];
  }

  /** A valid Dutch postcode: no leading zero, and never the letters SA, SD or SS. */
  static String postcode() {
    char first = (char) ('A' + random.nextInt(18)); // A..R
    return String.format("%04d %c%c", 1000 + random.nextInt(9000), first, 'A' + random.nextInt(26));
  }

  static String bigNumber(String profession) {
    while (true) {
      int sum = 0;
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        int d = random.nextInt(10);
        b.append(d);
        sum += (9 - i) * d;
      }
      if (sum > 0 && sum % 11 == 0) {
        return b + profession;
      }
    }
  }

  static String personName() {
    return FIRST[random.nextInt(FIRST.length)] + " " + INFIX[random.nextInt(INFIX.length)] + LAST[random.nextInt(LAST.length)];
  }

  static String code(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
    }
    return b.toString();
  }

  static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.BIGINT);
    } else {
      p.setLong(index, value);
    }
  }

  static long count(String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  static String string(String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("not found: " + sql);
      }
      return rs.getString(1);
    }
  }

  static double secs(long t) {
    return (System.nanoTime() - t) / 1e9;
  }
}
