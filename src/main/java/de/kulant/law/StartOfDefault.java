package de.kulant.law;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The start of default (§286 BGB), the earliest of the rules that apply:
 * <ul>
 *   <li>an agreed calendar due date: default from the day after it (§286 Abs. 2 Nr. 1, §193);</li>
 *   <li>a dunning notice sent after the due date: from the day after it is deemed received, or after its
 *       pay-by date when it set one (§286 Abs. 1);</li>
 *   <li>30 days after due date and receipt of the invoice; against a consumer only if the invoice said so
 *       (§286 Abs. 3).</li>
 * </ul>
 */
public final class StartOfDefault {

    private static final Period THIRTY_DAYS = Period.ofDays(30);

    private final Deadlines deadlines;
    private final int deliveryDays;

    /** @param deliveryDays days after its date on which a letter counts as received */
    public StartOfDefault(Deadlines deadlines, int deliveryDays) {
        if (deliveryDays < 0 || deliveryDays > 14) {
            throw new IllegalArgumentException("delivery days must lie between 0 and 14");
        }
        this.deadlines = deadlines;
        this.deliveryDays = deliveryDays;
    }

    public int deliveryDays() {
        return deliveryDays;
    }

    public Optional<DefaultStart> determine(DefaultFacts facts) {
        validate(facts);
        DefaultStart best = null;
        if (facts.calendarDueDateAgreed()) {
            best = earlier(best, new DefaultStart(
                    deadlines.nextWorkingDay(facts.dueDate(), facts.place()).plusDays(1), DefaultRule.CALENDAR_DUE_DATE));
        }
        if (facts.firstNoticeDate() != null && facts.firstNoticeDate().isAfter(facts.dueDate())) {
            LocalDate received = facts.firstNoticeDate().plusDays(deliveryDays);
            LocalDate lastDay = received;
            if (facts.noticePayBy() != null) {
                LocalDate payBy = deadlines.nextWorkingDay(facts.noticePayBy(), facts.place());
                lastDay = payBy.isAfter(received) ? payBy : received;
            }
            best = earlier(best, new DefaultStart(lastDay.plusDays(1), DefaultRule.DUNNING_NOTICE));
        }
        if (facts.kind() == DebtorKind.BUSINESS || facts.consumerNoticeGiven()) {
            LocalDate receivedOn = facts.invoiceReceivedOn() != null
                    ? facts.invoiceReceivedOn()
                    : facts.invoiceDate().plusDays(deliveryDays);
            LocalDate start = receivedOn.isAfter(facts.dueDate()) ? receivedOn : facts.dueDate();
            LocalDate lastDay = deadlines.endOfPeriod(start, THIRTY_DAYS, facts.place());
            best = earlier(best, new DefaultStart(lastDay.plusDays(1), DefaultRule.THIRTY_DAYS));
        }
        return Optional.ofNullable(best);
    }

    private static DefaultStart earlier(DefaultStart current, DefaultStart candidate) {
        return current == null || candidate.since().isBefore(current.since()) ? candidate : current;
    }

    private static void validate(DefaultFacts facts) {
        if (facts.kind() == null) {
            throw new LawInputException("debtorKind", "is required (CONSUMER or BUSINESS)");
        }
        if (facts.dueDate() == null) {
            throw new LawInputException("dueDate", "is required");
        }
        if (facts.invoiceDate() == null) {
            throw new LawInputException("invoiceDate", "is required");
        }
        if (facts.dueDate().isBefore(facts.invoiceDate())) {
            throw new LawInputException("dueDate", "must not be before the invoice date");
        }
        if (facts.place() == null) {
            throw new LawInputException("place", "is required");
        }
    }
}
