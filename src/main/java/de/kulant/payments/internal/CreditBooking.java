package de.kulant.payments.internal;

import de.kulant.claims.BookedPayment;
import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.IncomingPayment;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.PaymentId;
import de.kulant.law.Allocation;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentsProperties;
import de.kulant.platform.Actor;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Import step "book credits": the credits matching found at or above the threshold are booked on their claims by the
 * claims module in one batch; the rest wait for a person. What each booking paid is kept as the payment's read model.
 */
@Component
class CreditBooking {

    /** A chunk's credits decided, the allocations to keep, and the counts for the statement. */
    record Booked(List<PaymentStore.PaymentRow> payments, List<AllocationStore.AllocationRow> allocations,
                  int matched, int unmatched, BigDecimal matchedAmount) {
    }

    private final ClaimAccounting accounting;
    private final PaymentsProperties properties;
    private final ImportTimer timer;

    CreditBooking(ClaimAccounting accounting, PaymentsProperties properties, ImportTimer timer) {
        this.accounting = accounting;
        this.properties = properties;
        this.timer = timer;
    }

    Booked book(List<PaymentStore.PaymentRow> credits, List<MatchDecision> found, Actor actor) {
        Map<UUID, MatchDecision> decisions = new HashMap<>();
        found.forEach(d -> decisions.put(d.paymentId(), d));
        List<IncomingPayment> incoming = new ArrayList<>();
        Map<UUID, MatchCandidate> candidates = new HashMap<>();
        for (PaymentStore.PaymentRow row : credits) {
            MatchDecision d = decisions.get(row.id());
            d.claims().forEach(c -> candidates.put(c.id().value(), c));
            d.others().forEach(c -> candidates.put(c.id().value(), c));
            if (d.confidence().compareTo(properties.autoBookThreshold()) >= 0 && !d.claims().isEmpty()) {
                incoming.add(new IncomingPayment(new PaymentId(row.id()), d.claims().get(0).creditor(),
                        d.claims().stream().map(MatchCandidate::id).toList(), d.statutoryOrder(),
                        d.others().stream().map(MatchCandidate::id).toList(), Money.eur(row.amount()),
                        row.bookingDate(), reference(row), note(row), row.creditor() == null));
            }
        }
        List<AllocationStore.AllocationRow> allocations = new ArrayList<>();
        Map<UUID, BookedPayment> booked = new HashMap<>();
        List<BookedPayment> results = incoming.isEmpty() ? List.of()
                : timer.timed("book", () -> accounting.bookPayments(incoming, actor));
        for (BookedPayment b : results) {
            booked.put(b.paymentId().value(), b);
            for (ClaimShare share : b.shares()) {
                MatchCandidate c = candidates.get(share.claim().value());
                Allocation a = share.allocation();
                allocations.add(new AllocationStore.AllocationRow(b.paymentId().value(), c.creditor(), share.claim(),
                        c.invoiceNumber(), c.debtor(), a.total(), a.costs(), a.fees(), a.interest(), a.principal()));
            }
        }
        List<PaymentStore.PaymentRow> payments = new ArrayList<>();
        int matched = 0;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (PaymentStore.PaymentRow row : credits) {
            MatchDecision d = decisions.get(row.id());
            BookedPayment b = booked.get(row.id());
            BigDecimal confidence = d.confidence().setScale(3, RoundingMode.HALF_UP);
            if (b != null && b.booked()) {
                matched++;
                amount = amount.add(row.amount());
                payments.add(row.with(PaymentStatus.BOOKED, d.claims().get(0).creditor(), confidence,
                        d.reason().encode()));
            } else {
                payments.add(row.with(PaymentStatus.UNMATCHED, null, confidence, d.reason().encode()));
            }
        }
        return new Booked(payments, allocations, matched, credits.size() - matched, amount);
    }

    private static String reference(PaymentStore.PaymentRow row) {
        String text = row.creditorReference() != null ? row.creditorReference() : row.remittance();
        return PaymentStore.cut(text == null ? "bank transfer " + row.bookingDate() : text, 140);
    }

    private static String note(PaymentStore.PaymentRow row) {
        return (row.payerName() == null ? "" : row.payerName()) + (row.payerIban() == null ? "" : " " + row.payerIban())
                + " — " + (row.remittance() == null ? "" : row.remittance());
    }
}
