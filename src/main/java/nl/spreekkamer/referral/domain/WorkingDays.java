package nl.spreekkamer.referral.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in the Netherlands: Monday to Friday, except the national public holidays that
 * municipal offices close on (New Year, Good Friday, Easter Monday, King's Day, Liberation Day,
 * Ascension Day, Whit Monday, Christmas). Easter follows the Gregorian computus (Meeus).
 */
public final class WorkingDays {
  private WorkingDays() {}

  /** Whole working days after {@code from} up to and including {@code to}. */
  public static int between(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !holidays(day.getYear()).contains(day);
  }

  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

  /** The public holidays of a year (worked out once per year). */
  public static Set<LocalDate> holidays(int year) {
    return HOLIDAYS.computeIfAbsent(year, WorkingDays::computeHolidays);
  }

  private static Set<LocalDate> computeHolidays(int year) {
    Set<LocalDate> holidays = new HashSet<>();
    holidays.add(MonthDay.of(1, 1).atYear(year));
    LocalDate easter = easter(year);
    holidays.add(easter.minusDays(2));
    holidays.add(easter.plusDays(1));
    holidays.add(easter.plusDays(39));
    holidays.add(easter.plusDays(50));
    LocalDate kingsDay = LocalDate.of(year, 4, 27);
    holidays.add(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay);
    holidays.add(LocalDate.of(year, 5, 5));
    holidays.add(LocalDate.of(year, 12, 25));
    holidays.add(LocalDate.of(year, 12, 26));
    return Set.copyOf(holidays);
  }

  /** Easter Sunday (Meeus/Jones/Butcher algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
