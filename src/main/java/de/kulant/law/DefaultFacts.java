package de.kulant.law;

import java.time.LocalDate;

/**
 * What §286 BGB looks at for one claim.
 *
 * @param invoiceReceivedOn when the debtor received the invoice; null: invoice date + delivery days
 * @param calendarDueDateAgreed the due date was agreed by calendar, not merely printed on the invoice
 * @param consumerNoticeGiven the invoice told a consumer about the 30-day rule
 * @param firstNoticeDate date of the first dunning notice sent after the due date; null if none yet
 * @param noticePayBy the pay-by date that notice set; null if it set none
 */
public record DefaultFacts(DebtorKind kind, LocalDate invoiceDate, LocalDate dueDate, LocalDate invoiceReceivedOn,
                           boolean calendarDueDateAgreed, boolean consumerNoticeGiven, LocalDate firstNoticeDate,
                           LocalDate noticePayBy, PlaceOfPerformance place) {

    public static DefaultFacts of(DebtorKind kind, LocalDate invoiceDate, LocalDate dueDate, PlaceOfPerformance place) {
        return new DefaultFacts(kind, invoiceDate, dueDate, null, false, false, null, null, place);
    }

    public DefaultFacts withCalendarDueDateAgreed(boolean agreed) {
        return new DefaultFacts(kind, invoiceDate, dueDate, invoiceReceivedOn, agreed, consumerNoticeGiven,
                firstNoticeDate, noticePayBy, place);
    }

    public DefaultFacts withConsumerNoticeGiven(boolean given) {
        return new DefaultFacts(kind, invoiceDate, dueDate, invoiceReceivedOn, calendarDueDateAgreed, given,
                firstNoticeDate, noticePayBy, place);
    }

    public DefaultFacts withInvoiceReceivedOn(LocalDate receivedOn) {
        return new DefaultFacts(kind, invoiceDate, dueDate, receivedOn, calendarDueDateAgreed, consumerNoticeGiven,
                firstNoticeDate, noticePayBy, place);
    }

    public DefaultFacts withNotice(LocalDate noticeDate, LocalDate payBy) {
        return new DefaultFacts(kind, invoiceDate, dueDate, invoiceReceivedOn, calendarDueDateAgreed,
                consumerNoticeGiven, noticeDate, payBy, place);
    }
}
