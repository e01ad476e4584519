package de.kulant.reporting.internal;

import de.kulant.claims.ClaimStatus;
import de.kulant.claims.PaymentAllocated;
import de.kulant.claims.PaymentsAllocated;
import de.kulant.collection.CaseClosed;
import de.kulant.collection.CasesOpened;
import de.kulant.collection.SettlementApprovalRequested;
import de.kulant.dunning.ClaimHandedOver;
import de.kulant.dunning.ClaimsHandedOver;
import de.kulant.dunning.IssuedLetter;
import de.kulant.dunning.Notices;
import de.kulant.dunning.NoticesIssued;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the shops may subscribe to (api.md, webhooks), read from the other modules' events after their change
 * committed; each becomes deliveries in the outbox. A payment that pays a claim off is also {@code claim.paid}.
 */
@Component
class WebhookListener {

    private final WebhookOutbox outbox;
    private final Notices notices;

    WebhookListener(WebhookOutbox outbox, Notices notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(PaymentsAllocated event) {
        List<WebhookOutbox.Event> events = new ArrayList<>();
        event.payments().forEach(p -> payment(p, events));
        outbox.enqueue(events);
    }

    @ApplicationModuleListener
    void on(PaymentAllocated event) {
        List<WebhookOutbox.Event> events = new ArrayList<>();
        payment(event, events);
        outbox.enqueue(events);
    }

    private static void payment(PaymentAllocated p, List<WebhookOutbox.Event> events) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimId", p.claimId().toString());
        data.put("bookingDate", p.bookingDate().toString());
        data.put("principal", p.principal().toPlainString());
        data.put("interest", p.interest().toPlainString());
        data.put("fees", p.fees().toPlainString());
        data.put("costs", p.costs().toPlainString());
        data.put("overpayment", p.overpayment().toPlainString());
        data.put("claimStatus", p.statusAfter().name());
        String key = p.claimId() + "|" + p.bookingDate() + "|" + p.principal().toPlainString() + "|"
                + p.interest().toPlainString() + "|" + p.fees().toPlainString() + "|" + p.costs().toPlainString() + "|"
                + p.overpayment().toPlainString();
        events.add(new WebhookOutbox.Event("payment.booked", p.creditorId(), key, data));
        if (p.statusAfter() == ClaimStatus.PAID) {
            events.add(new WebhookOutbox.Event("claim.paid", p.creditorId(), p.claimId() + "|" + p.bookingDate(),
                    Map.of("claimId", p.claimId().toString(), "paidOn", p.bookingDate().toString())));
        }
    }

    @ApplicationModuleListener
    void on(ClaimHandedOver event) {
        outbox.enqueue(List.of(handedOver(event)));
    }

    @ApplicationModuleListener
    void on(ClaimsHandedOver event) {
        outbox.enqueue(event.claims().stream().map(WebhookListener::handedOver).toList());
    }

    private static WebhookOutbox.Event handedOver(ClaimHandedOver c) {
        return new WebhookOutbox.Event("claim.handed_over", c.creditorId(), c.claimId() + "|" + c.on(),
                Map.of("claimId", c.claimId().toString(), "handedOverOn", c.on().toString()));
    }

    @ApplicationModuleListener
    void on(NoticesIssued event) {
        // a run's chunk names thousands of letters: read who got them only when some shop listens at all
        if (event.isHistory() || !outbox.anyFor("notice.issued")) {
            return;
        }
        List<WebhookOutbox.Event> events = new ArrayList<>();
        for (IssuedLetter letter : notices.letters(event)) {
            events.add(new WebhookOutbox.Event("notice.issued", letter.creditorId(), letter.combinedId().toString(),
                    Map.of("letterId", letter.combinedId().toString(), "debtorId", letter.debtorId().toString(),
                            "channel", letter.channel().name(), "issuedOn", event.issuedOn().toString())));
        }
        outbox.enqueue(events);
    }

    @ApplicationModuleListener
    void on(CasesOpened event) {
        outbox.enqueue(event.cases().stream().map(c -> new WebhookOutbox.Event("case.opened", c.creditorId(),
                c.caseId().toString(), Map.<String, Object>of("caseId", c.caseId().toString(), "reference",
                        c.reference().value(), "openedOn", c.openedOn().toString()))).toList());
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        outbox.enqueue(List.of(new WebhookOutbox.Event("case.closed", event.creditorId(), event.caseId() + "|"
                + event.closedOn() + "|" + event.reason(), Map.of("caseId", event.caseId().toString(),
                "reason", event.reason().name(), "closedOn", event.closedOn().toString()))));
    }

    @ApplicationModuleListener
    void on(SettlementApprovalRequested event) {
        outbox.enqueue(List.of(new WebhookOutbox.Event("settlement.approval_requested", event.creditorId(),
                event.offerId().toString(), Map.of("caseId", event.caseId().toString(), "offerId",
                        event.offerId().toString(), "amount", event.amount().toPlainString(), "openBalance",
                        event.openBalance().toPlainString(), "validUntil", event.validUntil().toString()))));
    }
}
