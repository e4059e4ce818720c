package nl.spreekkamer.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** The days the figures cover, both included, in Dutch time. */
public record Period(LocalDate from, LocalDate to) {
  /** At most about three years: the figures are about recent work. */
  public static final int MAX_DAYS = 3 * 366;

  private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})H([12])");

  public Period {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "validation.period.order");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "validation.period.tooLong");
    }
  }

  /** A period from the query parameters {@code from} and {@code to} (YYYY-MM-DD). */
  public static Period of(String from, String to) {
    LocalDate start = Checks.date("from", from);
    LocalDate end = Checks.date("to", to);
    if (start == null) {
      throw new InvalidInputException("from", "validation.required");
    }
    if (end == null) {
      throw new InvalidInputException("to", "validation.required");
    }
    return new Period(start, end);
  }

  /** A half year such as {@code 2026H2}: 1 July to 31 December 2026. */
  public static Period halfYear(String code) {
    Matcher m = HALF_YEAR.matcher(code == null ? "" : code.strip());
    if (!m.matches()) {
      throw new InvalidInputException("period", "validation.period.halfYear");
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("period", "validation.period.halfYear");
    }
    return m.group(2).equals("1")
        ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
        : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
  }

  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first moment after the period. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** The calendar months the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
