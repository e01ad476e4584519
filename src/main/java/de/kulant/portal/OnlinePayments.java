package de.kulant.portal;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.IncomingPayment;
import de.kulant.claims.PaymentId;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseView;
import de.kulant.collection.PortalCases;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.Ids;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card and wallet payments through a {@link PaymentProvider}: a checkout for the whole open amount, and the
 * provider's webhook, which books the money through the ledger once (on the case's open claims in the order §366 Abs. 2
 * BGB gives) or records the failure. A webhook that comes twice or late changes nothing more.
 */
@Service
public class OnlinePayments {

    /** One checkout as the portal shows it. */
    public record OnlinePayment(UUID id, CaseId caseId, String provider, Money amount, String status) {
    }

    private final Map<String, PaymentProvider> providers;
    private final PortalCases cases;
    private final ClaimAccounting accounting;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnlinePayments(List<PaymentProvider> providers, PortalCases cases, ClaimAccounting accounting, JdbcClient jdbc,
                   Clock clock) {
        this.providers = providers.stream().collect(Collectors.toMap(PaymentProvider::name, Function.identity()));
        this.cases = cases;
        this.accounting = accounting;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PaymentProvider> providers() {
        return providers.values().stream().sorted(java.util.Comparator.comparing(PaymentProvider::name)).toList();
    }

    /** A checkout of the case's whole open amount with the provider; returns where to send the debtor. */
    @Transactional
    public String start(CaseId id, String providerName, String returnUrl, Actor actor) {
        PaymentProvider provider = providers.get(providerName);
        if (provider == null) {
            throw new NotFoundException("payment provider");
        }
        CaseView c = cases.view(id, BusinessDates.today(clock));
        Money open = c.openAmount();
        if (!open.isPositive()) {
            throw ConflictException.coded("nothingOpen", "Nothing is open on this case.");
        }
        UUID paymentId = Ids.next();
        PaymentProvider.Checkout checkout = provider.start(new PaymentProvider.CheckoutRequest(paymentId, open,
                "Aktenzeichen " + c.reference().value(), returnUrl + "?payment=" + paymentId));
        jdbc.sql("insert into online_payment (id, case_id, creditor_id, provider, provider_reference, amount, status, "
                        + "created_at) values (:id, :caseId, :creditor, :provider, :reference, :amount, 'STARTED', :at)")
                .param("id", paymentId).param("caseId", id.value()).param("creditor", c.creditorId().value())
                .param("provider", provider.name()).param("reference", checkout.providerReference())
                .param("amount", open.amount()).param("at", Timestamp.from(clock.instant()))
                .update();
        cases.record(id, "online-payment-started", "Zahlung mit " + provider.label(false) + " über "
                + open.toPlainString() + " EUR begonnen", false, actor);
        return checkout.redirectUrl();
    }

    /** The provider's webhook: false when it is not the provider's (signature) or names no checkout of ours. */
    @Transactional
    public boolean notify(String providerName, Map<String, String> headers, byte[] body) {
        PaymentProvider provider = providers.get(providerName);
        if (provider == null) {
            return false;
        }
        Optional<PaymentProvider.Notification> read = provider.read(headers, body);
        if (read.isEmpty()) {
            return false;
        }
        PaymentProvider.Notification news = read.get();
        Optional<OnlinePayment> found = jdbc.sql("select id, case_id, provider, amount, status from online_payment "
                        + "where provider = :provider and provider_reference = :reference for update")
                .param("provider", providerName).param("reference", news.providerReference())
                .query((rs, n) -> new OnlinePayment(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)),
                        rs.getString(3), Money.eur(rs.getBigDecimal(4)), rs.getString(5)))
                .optional();
        if (found.isEmpty()) {
            return false;
        }
        OnlinePayment payment = found.get();
        if (!payment.status().equals("STARTED")) {
            return true;
        }
        boolean paid = news.outcome() == PaymentProvider.Outcome.SUCCEEDED;
        jdbc.sql("update online_payment set status = :status, settled_at = :at where id = :id")
                .param("status", paid ? "SUCCEEDED" : "FAILED").param("at", Timestamp.from(clock.instant()))
                .param("id", payment.id()).update();
        String label = providers.get(providerName).label(false);
        if (paid) {
            book(payment, label);
        }
        cases.record(payment.caseId(), paid ? "online-payment-succeeded" : "online-payment-failed",
                "Zahlung mit " + label + " über " + payment.amount().toPlainString() + " EUR "
                        + (paid ? "bestätigt und gebucht" : "fehlgeschlagen"), !paid, Actor.system());
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<OnlinePayment> find(CaseId id, UUID paymentId) {
        return jdbc.sql("select id, case_id, provider, amount, status from online_payment "
                        + "where id = :id and case_id = :caseId")
                .param("id", paymentId).param("caseId", id.value())
                .query((rs, n) -> new OnlinePayment(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)),
                        rs.getString(3), Money.eur(rs.getBigDecimal(4)), rs.getString(5)))
                .optional();
    }

    /** The provider collected the money: booked on the case's open claims, by §366 Abs. 2 BGB. */
    private void book(OnlinePayment payment, String label) {
        var parties = cases.parties(payment.caseId());
        LocalDate today = BusinessDates.today(clock);
        // the checkout's id is the payment's, so the settlement traces the money to the provider's payout
        accounting.bookPayments(List.of(new IncomingPayment(new PaymentId(payment.id()), parties.creditor(),
                parties.claims(), true, List.of(), payment.amount(), today, "online:" + payment.id(),
                label + ", Aktenzeichen " + parties.reference().value(), true)), Actor.system());
    }
}
