package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StartOfDefaultTest {

    private final StartOfDefault startOfDefault = new StartOfDefault(Deadlines.germany(), 4);
    private final PlaceOfPerformance hanover = PlaceOfPerformance.ofAddress("DE", "30159");
    private final PlaceOfPerformance munich = PlaceOfPerformance.ofAddress("DE", "80331");

    @Test
    void anAgreedCalendarDueDatePutsTheDebtorIntoDefaultTheNextDay() {
        // LR §1: payable "by 15.08." → default from 16.08.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15), hanover)
                .withCalendarDueDateAgreed(true);

        assertThat(startOfDefault.determine(facts))
                .contains(new DefaultStart(LocalDate.of(2025, 8, 16), DefaultRule.CALENDAR_DUE_DATE));
    }

    @Test
    void anAgreedDueDateOnAHolidayAtTheDebtorsPlaceMovesToTheNextWorkingDay() {
        // Corpus Christi 2026-06-04 is a holiday in Bavaria: pay by Friday, default from Saturday.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 4), munich)
                .withCalendarDueDateAgreed(true);

        assertThat(startOfDefault.determine(facts).orElseThrow().since()).isEqualTo(LocalDate.of(2026, 6, 6));
    }

    @Test
    void aConsumerWhoseInvoiceDidNotMentionTheThirtyDayRuleIsNotInDefaultWithoutANotice() {
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), hanover);

        assertThat(startOfDefault.determine(facts)).isEmpty();
    }

    @Test
    void aConsumerToldOfTheThirtyDayRuleIsInDefaultThirtyDaysAfterTheDueDate() {
        // received 2026-03-06 (4 days), due 2026-03-16 is later: + 30 days = Wednesday 2026-04-15.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), hanover)
                .withConsumerNoticeGiven(true);

        assertThat(startOfDefault.determine(facts))
                .contains(new DefaultStart(LocalDate.of(2026, 4, 16), DefaultRule.THIRTY_DAYS));
    }

    @Test
    void theThirtyDaysOfABusinessRunFromReceiptAndEndOnAWorkingDay() {
        // received 2026-03-06 + 30 = Easter Sunday 2026-04-05, Easter Monday too → Tuesday; default from Wednesday.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.BUSINESS, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), hanover);

        assertThat(startOfDefault.determine(facts))
                .contains(new DefaultStart(LocalDate.of(2026, 4, 8), DefaultRule.THIRTY_DAYS));
    }

    @Test
    void aKnownDateOfReceiptReplacesTheDeliveryAssumption() {
        DefaultFacts facts = DefaultFacts.of(DebtorKind.BUSINESS, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), hanover)
                .withInvoiceReceivedOn(LocalDate.of(2026, 3, 3));

        // 2026-03-03 + 30 = Thursday 2026-04-02
        assertThat(startOfDefault.determine(facts).orElseThrow().since()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aDunningNoticeAfterTheDueDateStartsDefaultTheDayAfterItIsDeemedReceived() {
        // notice 2026-03-20 + 4 delivery days = 2026-03-24 → default from 2026-03-25.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), hanover)
                .withNotice(LocalDate.of(2026, 3, 20), null);

        assertThat(startOfDefault.determine(facts))
                .contains(new DefaultStart(LocalDate.of(2026, 3, 25), DefaultRule.DUNNING_NOTICE));
    }

    @Test
    void aNoticeWithAPayByDateStartsDefaultAfterThatDate() {
        // pay by Good Friday 2026-04-03 → Tuesday 2026-04-07 (§193) → default from 2026-04-08.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), hanover)
                .withNotice(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3));

        assertThat(startOfDefault.determine(facts).orElseThrow().since()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void aNoticeSentBeforeTheDueDateDoesNotCount() {
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), hanover)
                .withNotice(LocalDate.of(2026, 3, 10), null);

        assertThat(startOfDefault.determine(facts)).isEmpty();
    }

    @Test
    void theEarliestApplicableRuleWins() {
        // business: 30-day rule would give 2026-04-08, the notice gives 2026-03-25.
        DefaultFacts facts = DefaultFacts.of(DebtorKind.BUSINESS, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), hanover)
                .withNotice(LocalDate.of(2026, 3, 20), null);

        assertThat(startOfDefault.determine(facts).orElseThrow().rule()).isEqualTo(DefaultRule.DUNNING_NOTICE);
    }

    @Test
    void refusesADueDateBeforeTheInvoiceDate() {
        DefaultFacts facts = DefaultFacts.of(DebtorKind.CONSUMER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), hanover);

        assertThatThrownBy(() -> startOfDefault.determine(facts))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("dueDate");
    }
}
