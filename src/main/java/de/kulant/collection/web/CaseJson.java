package de.kulant.collection.web;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorView;
import de.kulant.collection.CaseActivity;
import de.kulant.collection.CaseView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case in the API's shape (api.md, Collection); {@code portalAccess} only for staff. */
record CaseJson(UUID id, String reference, UUID creditorId, DebtorJson debtor, String status, String closeReason,
                String assignee, List<ClaimRef> claims, BalanceJson balance, LocalDate openedOn, LocalDate mandateDate,
                String costFactor, List<CostJson> costs, NextAction nextAction, List<String> flags,
                PortalAccessJson portalAccess) {

    record AddressJson(String street, String postalCode, String city, String country) {
    }

    record DebtorJson(UUID id, String kind, String customerNumber, String name, String email, String phone,
                      AddressJson address, String preferredChannel) {
        static DebtorJson of(DebtorView d) {
            return d == null ? null : new DebtorJson(d.id().value(), d.kind().name(), d.customerNumber(), d.name(),
                    d.email(), d.phone(), d.address() == null ? null : new AddressJson(d.address().street(),
                    d.address().postalCode(), d.address().city(), d.address().country()), d.preferredChannel());
        }
    }

    record ClaimRef(UUID claimId, String invoiceNumber, String status, String outstanding) {
        static ClaimRef of(ClaimView c) {
            return new ClaimRef(c.id().value(), c.invoiceNumber(), c.status().name(),
                    c.balance().outstanding().toPlainString());
        }
    }

    record BalanceJson(String principal, String interest, String fees, String costs, String paid, String outstanding,
                       LocalDate asOf) {
        static BalanceJson of(Balance b) {
            return new BalanceJson(b.principal().toPlainString(), b.interest().toPlainString(), b.fees().toPlainString(),
                    b.costs().toPlainString(), b.paid().toPlainString(), b.outstanding().toPlainString(), b.asOf());
        }
    }

    record CostJson(UUID claimId, String code, String label, String amount, String basis, LocalDate chargedOn) {
    }

    record NextAction(String kind, LocalDate due) {
    }

    record PortalAccessJson(String url, String accessCode) {
    }

    record ActivityJson(UUID id, Instant at, String kind, String actor, String outcome, String text) {
        static ActivityJson of(CaseActivity a) {
            return new ActivityJson(a.id(), a.at(), a.kind(), a.actor(), a.outcome(), a.text());
        }
    }

    static CaseJson of(CaseView c, boolean english, PortalAccessJson access) {
        return new CaseJson(c.id().value(), c.reference().value(), c.creditorId().value(), DebtorJson.of(c.debtor()),
                c.status().name(), c.closeReason(), c.assignee(), c.claims().stream().map(ClaimRef::of).toList(),
                BalanceJson.of(c.balance()), c.openedOn(), c.mandateDate(),
                c.costFactor() == null ? null : c.costFactor().stripTrailingZeros().toPlainString(),
                c.costs().stream().map(l -> new CostJson(l.claimId().value(), l.code(), english ? l.labelEn() : l.labelDe(),
                        l.amount().toPlainString(), l.basis(), l.chargedOn())).toList(),
                c.nextAction() == null ? null : new NextAction(c.nextAction().kind(), c.nextAction().due()), c.flags(),
                access);
    }
}
