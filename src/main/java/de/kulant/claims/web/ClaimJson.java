package de.kulant.claims.web;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorView;
import de.kulant.claims.HoldView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Claim of api.md: ClaimInput's fields plus id, status, dunning level, holds, start of default and balance. */
record ClaimJson(UUID id, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, String amount, String currency,
                 boolean consumerNoticeGiven, boolean calendarDueDateAgreed, DebtorJson debtor, String status,
                 int dunningLevel, List<HoldJson> holds, LocalDate defaultSince, String defaultRule, BalanceJson balance,
                 String paymentReference, Instant createdAt) {

    record AddressJson(String street, String postalCode, String city, String country) {
    }

    record DebtorJson(String kind, String customerNumber, String name, String email, String phone, AddressJson address,
                      String customerTag) {
        static DebtorJson of(DebtorView d) {
            return new DebtorJson(d.kind().name(), d.customerNumber(), d.name(), d.email(), d.phone(),
                    new AddressJson(d.address().street(), d.address().postalCode(), d.address().city(),
                            d.address().country()), d.customerTag());
        }
    }

    record HoldJson(UUID id, String kind, String reason, LocalDate until, Instant createdAt, String createdBy) {
        static HoldJson of(HoldView h) {
            return new HoldJson(h.id(), h.kind().name(), h.reason(), h.until(), h.createdAt(), h.createdBy());
        }
    }

    record BalanceJson(String principal, String interest, String fees, String costs, String paid, String outstanding,
                       LocalDate asOf, boolean interestProvisional) {
        static BalanceJson of(Balance b) {
            return new BalanceJson(b.principal().toPlainString(), b.interest().toPlainString(), b.fees().toPlainString(),
                    b.costs().toPlainString(), b.paid().toPlainString(), b.outstanding().toPlainString(), b.asOf(),
                    b.interestProvisional());
        }
    }

    static ClaimJson of(ClaimView c) {
        return new ClaimJson(c.id().value(), c.invoiceNumber(), c.invoiceDate(), c.dueDate(), c.amount().toPlainString(),
                c.amount().currency().getCurrencyCode(), c.consumerNoticeGiven(), c.calendarDueDateAgreed(),
                DebtorJson.of(c.debtor()), c.status().name(), c.dunningLevel(),
                c.holds().stream().map(HoldJson::of).toList(), c.defaultSince(),
                c.defaultRule() == null ? null : c.defaultRule().name(), BalanceJson.of(c.balance()),
                c.paymentReference().value(), c.createdAt());
    }
}
