package de.kulant.payments.web;

import de.kulant.payments.PaymentPage;
import de.kulant.claims.MatchCandidate;
import de.kulant.payments.PaymentView;
import de.kulant.payments.Reason;
import de.kulant.payments.StatementImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/** The payments API's JSON: money as strings with two places, reasons as a code and in English. */
final class PaymentJson {

    private PaymentJson() {
    }

    /** A reason in English: the API's language. */
    static String text(Reason reason, MessageSource messages) {
        return reason == null ? null : messages.getMessage("payReason." + reason.code(), reason.arguments(),
                reason.code(), Locale.ENGLISH);
    }

    record Statement(UUID id, String format, int entries, int credits, int matched, int unmatched, int duplicates,
                     int returns, int pending, String matchedAmount, List<String> warnings) {

        static Statement of(StatementImport s, MessageSource messages) {
            return new Statement(s.id().value(), s.format().label(), s.entries(), s.credits(), s.matched(), s.unmatched(),
                    s.duplicates(), s.returns(), s.pending(), s.matchedAmount().toPlainString(),
                    s.warnings().stream().map(w -> text(w, messages)).toList());
        }
    }

    /** A page of payments: {@code next} is the {@code after} of the following page, null on the last. */
    record PaymentPageJson(List<Payment> items, int page, int size, long total, boolean totalExact, String next,
                           String previous) {

        static PaymentPageJson of(PaymentPage page, MessageSource messages) {
            return new PaymentPageJson(page.items().stream().map(p -> Payment.of(p, messages)).toList(), page.page(),
                    page.size(), page.total(), page.totalExact(), page.next() == null ? null : page.next().encode(),
                    page.previous() == null ? null : page.previous().encode());
        }
    }

    record Payment(UUID id, UUID statementId, UUID creditorId, String kind, String status, String amount,
                   LocalDate bookingDate, String payerName, String payerIban, String remittance,
                   String creditorReference, String endToEndId, String returnReason, String confidence,
                   String reasonCode, String reason, Instant createdAt, String decidedBy, UUID returnsPaymentId,
                   List<Share> allocations) {

        static Payment of(PaymentView p, MessageSource messages) {
            return new Payment(p.id(), p.statementId(), p.creditorId() == null ? null : p.creditorId().value(),
                    p.kind().name(), p.status().name(), p.amount().toPlainString(), p.bookingDate(), p.payerName(),
                    p.payerIban(), p.remittance(), p.creditorReference(), p.endToEndId(), p.returnReason(),
                    p.confidence() == null ? null : p.confidence().toPlainString(),
                    p.reason() == null ? null : p.reason().code(), text(p.reason(), messages), p.createdAt(),
                    p.decidedBy(), p.returnsPaymentId(), p.allocations().stream().map(Share::of).toList());
        }
    }

    record Share(UUID claimId, String invoiceNumber, String amount, String costs, String fees, String interest, String principal,
                 boolean reversed) {

        static Share of(PaymentView.Share s) {
            return new Share(s.claimId().value(), s.invoiceNumber(), s.amount().toPlainString(), s.costs().toPlainString(),
                    s.fees().toPlainString(), s.interest().toPlainString(), s.principal().toPlainString(), s.reversed());
        }
    }

    record Candidate(UUID claimId, String invoiceNumber, String debtorName, String status, String amount,
                     String outstanding, LocalDate dueDate) {

        static Candidate of(MatchCandidate c) {
            return new Candidate(c.id().value(), c.invoiceNumber(), c.debtorName(), c.status().name(),
                    c.amount().toPlainString(), c.outstanding().toPlainString(), c.dueDate());
        }
    }
}
