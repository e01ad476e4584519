package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitationTest {

    private final Limitation limitation = new Limitation(Deadlines.germany());

    @Test
    void runsThreeYearsFromTheEndOfTheYearTheClaimArose() {
        // 2024-06-30 → end of 2024 + 3 years = Friday 2027-12-31
        assertThat(limitation.endOf(LocalDate.of(2024, 6, 30), List.of()).endsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aLastDayOnASundayMovesToTheNextWorkingDay() {
        // LR §8: due 2025-03-15 → 2028-12-31, a Sunday; 2029-01-01 is New Year → Tuesday 2029-01-02 (§193).
        LimitationResult result = limitation.endOf(LocalDate.of(2025, 3, 15), List.of());

        assertThat(result.steps().get(0)).endsWith("2028-12-31");
        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 1, 2));
    }

    @Test
    void aPartialPaymentRestartsTheFullPeriodFromTheDayAfter() {
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 2, 1),
                List.of(new LimitationEvent.Restart(LocalDate.of(2026, 5, 10), "partial payment")));

        // 2029-05-10 is Ascension Day, so the last day is Friday 2029-05-11 (§193).
        assertThat(result.steps()).anyMatch(step -> step.endsWith("→ 2029-05-10"));
        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 5, 11));
    }

    @Test
    void aPartialPaymentInTheYearTheClaimAroseDoesNotMoveTheYearEndPeriod() {
        // BGH VIII ZR 344/12: the period begins 2026-01-01; a restart before it changes nothing.
        // Arisen 2025-03-15, paid in part 2025-05-01 → 2028-12-31 (Sunday; 2029-01-01 New Year) → 2029-01-02.
        LimitationResult result = limitation.endOf(LocalDate.of(2025, 3, 15),
                List.of(new LimitationEvent.Restart(LocalDate.of(2025, 5, 1), "partial payment")));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 1, 2));
        assertThat(result.steps()).anyMatch(step -> step.contains("no effect (BGH VIII ZR 344/12)"));
    }

    @Test
    void aCourtProcedureBeforeThePeriodBeganCountsOnlyItsDaysInsideThePeriod() {
        // Arisen 2025-03-15; payment order served 2025-06-01, procedure ended 2025-09-01 → suspended until
        // 2026-03-01 (§204 Abs. 2: six months). Inside the period: 2026-01-01 – 2026-03-01 = 31 + 28 + 1 = 60 days.
        // 2028-12-31 + 60 days = Thursday 2029-03-01.
        LimitationResult result = limitation.endOf(LocalDate.of(2025, 3, 15),
                List.of(new LimitationEvent.CourtDunningApplication(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1))));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(result.steps()).anyMatch(step -> step.contains("60 days from 2026-01-01"));
    }

    @Test
    void aSuspensionEndedBeforeThePeriodBeganChangesNothing() {
        LimitationResult result = limitation.endOf(LocalDate.of(2025, 3, 15),
                List.of(new LimitationEvent.Deferral(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 31))));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 1, 2));
    }

    @Test
    void aRestartAfterATitleRestartsThirtyYears() {
        // Title final 2026-03-01; partial payment 2030-06-14 → 2060-06-14 (a Monday).
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.Title(LocalDate.of(2026, 3, 1)),
                        new LimitationEvent.Restart(LocalDate.of(2030, 6, 14), "partial payment")));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2060, 6, 14));
    }

    @Test
    void aRestartDuringASuspensionRunsFromTheSuspensionsEnd() {
        // Arisen 2024-06-30 (period 2025-01-01 – 2027-12-31); deferral 2026-02-01 – 2026-08-31, partial payment
        // 2026-05-04 inside it → the new period begins 2026-09-01 and ends 2029-08-31 (Friday).
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.Deferral(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 31)),
                        new LimitationEvent.Restart(LocalDate.of(2026, 5, 4), "partial payment")));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    void overlappingSuspensionsCountEachDayOnce() {
        // Arisen 2024-06-30: deferrals 2026-01-01 – 2026-01-31 and 2026-01-15 – 2026-02-14: 45 days in all.
        // 2027-12-31 + 45 days = Monday 2028-02-14.
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.Deferral(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                        new LimitationEvent.Deferral(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14))));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2028, 2, 14));
    }

    @Test
    void refusesARestartBeforeTheClaimAroseAndASuspensionEndingBeforeItStarts() {
        assertThatThrownBy(() -> limitation.endOf(LocalDate.of(2025, 3, 15),
                List.of(new LimitationEvent.Restart(LocalDate.of(2025, 3, 14), "acknowledgement"))))
                .isInstanceOf(LawInputException.class).hasMessageContaining("before the claim arose");
        assertThatThrownBy(() -> limitation.endOf(LocalDate.of(2025, 3, 15),
                List.of(new LimitationEvent.Deferral(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))))
                .isInstanceOf(LawInputException.class).hasMessageContaining("before it starts");
    }

    @Test
    void aCourtDunningProcedureSuspendsUntilSixMonthsAfterItEnds() {
        // filed 2027-11-01, ended 2028-01-15 → suspended until 2028-07-15: 258 days added to 2027-12-31.
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.CourtDunningApplication(LocalDate.of(2027, 11, 1), LocalDate.of(2028, 1, 15))));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2028, 9, 14));
    }

    @Test
    void aRunningCourtProcedureLeavesTheEndOpen() {
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.CourtDunningApplication(LocalDate.of(2027, 11, 1), null)));

        assertThat(result.suspended()).isTrue();
        assertThat(result.endsOn()).isNull();
    }

    @Test
    void aTitleRunsThirtyYears() {
        LimitationResult result = limitation.endOf(LocalDate.of(2024, 6, 30),
                List.of(new LimitationEvent.Title(LocalDate.of(2026, 3, 1))));

        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2056, 3, 1));
    }

    @Test
    void anEventAfterTheEndChangesNothing() {
        LimitationResult result = limitation.endOf(LocalDate.of(2020, 6, 30),
                List.of(new LimitationEvent.Restart(LocalDate.of(2024, 2, 1), "acknowledgement")));

        // 2023-12-31 is a Sunday and 2024-01-01 New Year: Tuesday 2024-01-02; the restart came too late.
        assertThat(result.endsOn()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(result.steps()).anyMatch(step -> step.contains("no effect"));
    }

    @Test
    void listsTheFilesWhoseLimitationEndsSoonSoonestFirst() {
        record File(String name, LocalDate arisen) {
        }
        List<File> files = List.of(new File("ends-2027", LocalDate.of(2024, 5, 1)),
                new File("ends-2026", LocalDate.of(2023, 5, 1)),
                new File("ended-2025", LocalDate.of(2022, 5, 1)),
                new File("ends-2028", LocalDate.of(2025, 5, 1)));

        List<File> due = limitation.dueForCourtActionSoon(files, f -> limitation.endOf(f.arisen(), List.of()),
                LocalDate.of(2026, 11, 27), 400);

        assertThat(due).extracting(File::name).containsExactly("ends-2026", "ends-2027");
    }
}
