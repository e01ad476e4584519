package de.kulant.law;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * German public holidays, nationwide and per Land, from the jollyday library; computed once per year
 * and place and then answered from memory.
 */
public final class PublicHolidays {

    private static final PublicHolidays GERMANY = new PublicHolidays();

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final Map<String, Set<LocalDate>> byYearAndPlace = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    public static PublicHolidays germany() {
        return GERMANY;
    }

    /** True when {@code date} is a public holiday nationwide or in any of the given states. */
    public boolean isHoliday(LocalDate date, Set<FederalState> states) {
        if (holidays(date.getYear(), null).contains(date)) {
            return true;
        }
        for (FederalState state : states) {
            if (holidays(date.getYear(), state).contains(date)) {
                return true;
            }
        }
        return false;
    }

    public boolean isHoliday(LocalDate date, FederalState state) {
        return isHoliday(date, state == null ? Set.of() : EnumSet.of(state));
    }

    private Set<LocalDate> holidays(int year, FederalState state) {
        String key = year + (state == null ? "" : state.jollydayCode());
        return byYearAndPlace.computeIfAbsent(key, k -> {
            Set<Holiday> holidays = state == null
                    ? manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
                    : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state.jollydayCode());
            return holidays.stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
        });
    }
}
