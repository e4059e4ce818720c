package nl.spreekkamer.referral.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.TaskFilter;

/**
 * Reads the parameters of {@code GET /api/fhir/Task} by the FHIR search rules: a comma is "or", a
 * repeated parameter is "and", a date has a prefix (eq, gt, ge, lt, le) and stands for the whole
 * period it names (a day, a second). A parameter this server does not know is refused, unless the
 * client asked for lenient handling ({@code Prefer: handling=lenient}); then it is ignored.
 */
public final class FhirTaskSearch {
  static final int DEFAULT_COUNT = 20;
  static final int MAX_COUNT = 100;

  /** The parameter that carries where the previous page ended (in the {@code next} link). */
  public static final String CURSOR = "_cursor";

  /** The Task status codes of FHIR R4 (any of them may be asked for; some never occur here). */
  private static final Set<String> TASK_STATUSES =
      Set.of(
          "draft",
          "requested",
          "received",
          "accepted",
          "rejected",
          "ready",
          "cancelled",
          "in-progress",
          "on-hold",
          "failed",
          "completed",
          "entered-in-error");

  private static final Set<String> PRIORITIES = Set.of("routine", "urgent", "asap", "stat");
  private static final Set<String> IGNORED = Set.of("_format", "_pretty");
  private static final Pattern DATE =
      Pattern.compile("(eq|gt|ge|lt|le)?(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?");
  private static final Pattern CURSOR_VALUE = Pattern.compile("(\\d{1,15})\\.(\\d{1,18})");
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private FhirTaskSearch() {}

  public static FhirSearch parse(Map<String, List<String>> query, boolean lenient) {
    Set<ReferralStatus> statuses = null;
    Set<Boolean> urgent = null;
    Instant from = null;
    Instant before = null;
    boolean newestFirst = false;
    TaskFilter.Cursor after = null;
    int count = DEFAULT_COUNT;
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      for (String value : parameter.getValue()) {
        switch (name) {
          case "status" -> statuses = and(statuses, statuses(value));
          case "priority" -> urgent = and(urgent, priorities(value));
          case "_lastUpdated" -> {
            Instant[] period = period(value);
            from = later(from, period[0]);
            before = earlier(before, period[1]);
          }
          case "_sort" -> newestFirst = newestFirst(value);
          case "_count" -> count = count(value);
          case CURSOR -> after = cursor(value);
          default -> {
            if (!lenient && !IGNORED.contains(name)) {
              String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
              throw new InvalidInputException(name, "validation.fhir.parameter", shown);
            }
          }
        }
      }
    }
    return new FhirSearch(statuses, urgent, from, before, newestFirst, after, count);
  }

  /** The cursor as it goes into the next link: epoch milliseconds and id. */
  public static String cursor(TaskFilter.Cursor cursor) {
    return cursor.updatedAt().toEpochMilli() + "." + cursor.id();
  }

  private static Set<ReferralStatus> statuses(String value) {
    Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
    for (String code : value.split(",", -1)) {
      if (!TASK_STATUSES.contains(code)) {
        throw invalid("status", value);
      }
      for (ReferralStatus status : ReferralStatus.values()) {
        if (status.fhirCode().equals(code)) {
          statuses.add(status);
        }
      }
    }
    return statuses;
  }

  private static Set<Boolean> priorities(String value) {
    Set<Boolean> urgent = new HashSet<>();
    for (String code : value.split(",", -1)) {
      if (!PRIORITIES.contains(code)) {
        throw invalid("priority", value);
      }
      if (code.equals("routine")) {
        urgent.add(false);
      } else if (code.equals("urgent")) {
        urgent.add(true);
      }
    }
    return urgent;
  }

  /** [from, before): the moments {@code value} asks for; either may be null (open). */
  private static Instant[] period(String value) {
    Matcher date = DATE.matcher(value);
    if (!date.matches()) {
      throw invalid("_lastUpdated", value);
    }
    Instant start;
    Instant end;
    try {
      if (date.group(3) == null) {
        LocalDate day = LocalDate.parse(date.group(2));
        start = day.atStartOfDay(DUTCH_TIME).toInstant();
        end = day.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant();
      } else {
        start = OffsetDateTime.parse(date.group(2) + date.group(3)).toInstant();
        ChronoUnit precision = date.group(3).contains(".") ? ChronoUnit.MILLIS : ChronoUnit.SECONDS;
        end = start.truncatedTo(precision).plus(1, precision);
      }
    } catch (DateTimeParseException e) {
      throw invalid("_lastUpdated", value);
    }
    String prefix = date.group(1) == null ? "eq" : date.group(1);
    return switch (prefix) {
      case "gt" -> new Instant[] {end, null};
      case "ge" -> new Instant[] {start, null};
      case "lt" -> new Instant[] {null, start};
      case "le" -> new Instant[] {null, end};
      default -> new Instant[] {start, end};
    };
  }

  private static boolean newestFirst(String value) {
    return switch (value) {
      case "_lastUpdated" -> false;
      case "-_lastUpdated" -> true;
      default -> throw invalid("_sort", value);
    };
  }

  private static int count(String value) {
    try {
      int count = Integer.parseInt(value);
      if (count < 0) {
        throw invalid("_count", value);
      }
      return Math.min(count, MAX_COUNT);
    } catch (NumberFormatException e) {
      throw invalid("_count", value);
    }
  }

  private static TaskFilter.Cursor cursor(String value) {
    Matcher cursor = CURSOR_VALUE.matcher(value);
    if (!cursor.matches()) {
      throw invalid(CURSOR, value);
    }
    return new TaskFilter.Cursor(
        Instant.ofEpochMilli(Long.parseLong(cursor.group(1))), Long.parseLong(cursor.group(2)));
  }

  private static <T> Set<T> and(Set<T> before, Set<T> more) {
    if (before == null) {
      return more;
    }
    before.retainAll(more);
    return before;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static InvalidInputException invalid(String name, String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return new InvalidInputException(name, "validation.fhir.value", name, shown);
  }
}
