package de.kulant.reporting.internal;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimView;
import de.kulant.claims.PaymentAllocated;
import de.kulant.claims.PaymentsAllocated;
import de.kulant.claims.PaymentsReturned;
import de.kulant.collection.CaseQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code paid_claim} for the shop's dashboard: a payment that pays a claim off writes it (with the level it was
 * paid at and whether it had gone to collection), a returned payment that reopens it takes it out. One read of the
 * claims and one of their cases per batch of payments.
 */
@Component
class PaidClaimListener {

    private final PaidClaimStore store;
    private final ClaimQueries claims;
    private final CaseQueries cases;

    PaidClaimListener(PaidClaimStore store, ClaimQueries claims, CaseQueries cases) {
        this.store = store;
        this.claims = claims;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(PaymentsAllocated event) {
        record(event.payments());
    }

    @ApplicationModuleListener
    void on(PaymentAllocated event) {
        record(List.of(event));
    }

    @ApplicationModuleListener
    void on(PaymentsReturned event) {
        store.remove(event.returns().stream().filter(r -> r.statusAfter() != ClaimStatus.PAID)
                .map(r -> r.claimId().value()).distinct().toList());
    }

    private void record(List<PaymentAllocated> payments) {
        List<ClaimAsOf> paid = payments.stream().filter(p -> p.statusAfter() == ClaimStatus.PAID)
                .map(p -> new ClaimAsOf(p.claimId(), p.creditorId(), p.bookingDate())).distinct().toList();
        if (paid.isEmpty()) {
            return;
        }
        Map<ClaimAsOf, ClaimView> views = claims.findAll(paid);
        Set<ClaimId> collected = cases.everInCollection(paid.stream().map(ClaimAsOf::claim).toList());
        List<PaidClaimStore.PaidClaim> rows = new ArrayList<>();
        views.forEach((at, c) -> rows.add(new PaidClaimStore.PaidClaim(c.id().value(), c.creditorId(),
                c.debtor().customerNumber() == null ? null : c.debtor().customerNumber().toUpperCase(Locale.ROOT),
                c.dueDate(), at.asOf(), c.dunningLevel(), collected.contains(c.id()), c.amount().amount())));
        store.upsert(rows.stream().collect(java.util.stream.Collectors.toMap(PaidClaimStore.PaidClaim::claimId,
                r -> r, (a, b) -> a.paidOn().isAfter(b.paidOn()) ? a : b)).values().stream().toList());
    }
}
