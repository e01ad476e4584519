package de.kulant.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days the euro payment system (TARGET2) settles, on which SEPA direct debits are collected: every weekday but
 * 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December. A core direct debit reaches the debtor's bank
 * at least one such day before it is due (D-1, EPC SDD Core Rulebook since November 2016).
 */
public final class TargetCalendar {

    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    private TargetCalendar() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || CLOSED.contains(MonthDay.from(date))) {
            return false;
        }
        LocalDate easter = easterSunday(date.getYear());
        return !date.equals(easter.minusDays(2)) && !date.equals(easter.plusDays(1));
    }

    /** The first business day after {@code date}. */
    public static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876). */
    static LocalDate easterSunday(int year) {
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
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
