package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.law.Deadlines;
import de.kulant.law.DunningCourt;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ZPO's deadlines after a payment order is served (§§692, 699, 701 with §222 ZPO), with worked dates. */
class CourtStepsTest {

    private final Deadlines deadlines = Deadlines.germany();

    @Test
    void twoWeeksToObjectThenSixMonthsToApplyForEnforcement() {
        CourtProcedures.CourtDeadlines d = CourtSteps.deadlines(deadlines, DunningCourt.HAGEN, LocalDate.of(2026, 3, 2));
        assertThat(d.objectionEnds()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(d.enforcementFrom()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(d.enforcementBy()).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void aPeriodEndingOnAHolidayOrWeekendAtTheCourtsSeatEndsOnTheNextWorkingDay() {
        // served Friday 11.12.2026: two weeks end on Christmas Day, then the second holiday and a Sunday
        CourtProcedures.CourtDeadlines d = CourtSteps.deadlines(deadlines, DunningCourt.COBURG,
                LocalDate.of(2026, 12, 11));
        assertThat(d.objectionEnds()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(d.enforcementFrom()).isEqualTo(LocalDate.of(2026, 12, 29));
        // served 22.10.2026: six months end on Thursday 22.04.2027, a working day
        assertThat(CourtSteps.deadlines(deadlines, DunningCourt.HAGEN, LocalDate.of(2026, 10, 22)).enforcementBy())
                .isEqualTo(LocalDate.of(2027, 4, 22));
        // served 05.06.2026: six months end on Saturday 05.12.2026 → Monday 07.12.2026
        assertThat(CourtSteps.deadlines(deadlines, DunningCourt.HAGEN, LocalDate.of(2026, 6, 5)).enforcementBy())
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
