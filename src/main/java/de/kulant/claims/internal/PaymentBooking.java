package de.kulant.claims.internal;

import de.kulant.claims.BookedPayment;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.IncomingPayment;
import de.kulant.claims.PaymentAllocated;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DebtorAllocation;
import de.kulant.law.DefaultInterest;
import de.kulant.law.OpenClaim;
import de.kulant.law.PaymentAllocation;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch of bank payments booked on loaded claims, one payment after the other (so two payments on one claim see
 * each other): the claims a payment names first, in its order or by §366 Abs. 2 BGB, then the debtor's other open
 * claims, then a credit balance; a payment of what a notice asked for settles (decision 013). It collects what the
 * batch changed, for the {@link Ledger}, the audit trail and the events.
 */
public final class PaymentBooking {

    private final LocalDate today;
    private final DefaultInterest interest;
    private final Actor actor;
    private final Set<Claim> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<PaymentAllocated> allocated = new ArrayList<>();
    private final List<NoticeSettlement.Waived> waived = new ArrayList<>();
    private final List<OverpaymentStore.NewOverpayment> credits = new ArrayList<>();

    public PaymentBooking(LocalDate today, DefaultInterest interest, Actor actor) {
        this.today = today;
        this.interest = interest;
        this.actor = actor;
    }

    public Set<Claim> changed() {
        return changed;
    }

    public List<AuditEntry> entries() {
        return entries;
    }

    public List<PaymentAllocated> allocated() {
        return allocated;
    }

    public List<NoticeSettlement.Waived> waived() {
        return waived;
    }

    public List<OverpaymentStore.NewOverpayment> credits() {
        return credits;
    }

    /** Books one payment on the loaded claims of its creditor. */
    public BookedPayment book(IncomingPayment payment, Map<ClaimId, Claim> loaded, ResidualWaiver rule) {
        List<Claim> own = own(payment.claims(), payment, loaded);
        List<Claim> open = own.stream().filter(c -> !c.facts().status().isClosed()).toList();
        List<ClaimShare> shares = new ArrayList<>();
        Money left = payment.amount();
        List<Claim> settling = NoticeSettlement.waiveGrowth(open, payment.amount(), payment.bookingDate(), today, rule,
                interest, payment.paymentId(), waived);
        changed.addAll(settling);
        if (payment.statutoryOrder()) {
            left = spread(open, left, payment, shares);
        } else {
            for (Claim claim : open) {
                if (left.isZero()) {
                    break;
                }
                left = book(claim, left, payment, shares).remainder();
            }
        }
        NoticeSettlement.waiveShortfall(settling, payment.bookingDate(), today, rule, payment.paymentId(), waived);
        if (left.isPositive()) {
            List<Claim> others = own(payment.others(), payment, loaded).stream()
                    .filter(c -> !c.facts().status().isClosed() && !own.contains(c)).toList();
            left = spread(others, left, payment, shares);
        }
        ClaimId overpaid = null;
        if (left.isPositive() && !own.isEmpty()) {
            Claim last = open.isEmpty() ? own.get(0) : open.get(open.size() - 1);
            overpaid = last.facts().id();
            credits.add(new OverpaymentStore.NewOverpayment(payment.creditor(), last.facts().debtorId(), overpaid,
                    left, payment.bookingDate(), payment.reference(), payment.paymentId().value()));
        }
        return new BookedPayment(payment.paymentId(), shares, left, overpaid);
    }

    private static List<Claim> own(List<ClaimId> ids, IncomingPayment payment, Map<ClaimId, Claim> loaded) {
        return ids.stream().map(loaded::get)
                .filter(c -> c != null && c.facts().creditorId().equals(payment.creditor())).toList();
    }

    /** Spreads {@code amount} over open claims in the order of §366 Abs. 2 BGB; returns what is left. */
    private Money spread(List<Claim> open, Money amount, IncomingPayment payment, List<ClaimShare> shares) {
        if (open.isEmpty()) {
            return amount;
        }
        List<OpenClaim> order = open.stream()
                .map(c -> c.openForAllocation(payment.bookingDate(), today, interest, payment.paymentId())).toList();
        DebtorAllocation spread = PaymentAllocation.acrossClaims(amount, payment.bookingDate(), order, List.of());
        Money left = amount;
        for (Claim claim : open) {
            Allocation part = spread.byClaim().get(claim.facts().id().toString());
            if (part != null && part.total().isPositive()) {
                left = left.minus(book(claim, part.total(), payment, shares).allocation().total());
            }
        }
        return left;
    }

    private ClaimAllocation book(Claim claim, Money amount, IncomingPayment payment, List<ClaimShare> shares) {
        var before = claim.facts();
        ClaimAllocation result = claim.recordBankPayment(amount, payment.bookingDate(), payment.reference(), today,
                interest, payment.paymentId());
        changed.add(claim);
        Allocation a = result.allocation();
        ClaimStatus status = claim.facts().status();
        shares.add(new ClaimShare(before.id(), a, status));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", a.total().toPlainString());
        after.put("bookingDate", payment.bookingDate().toString());
        after.put("reference", payment.reference());
        after.put("bank", payment.note());
        after.put("costs", a.costs().toPlainString());
        after.put("fees", a.fees().toPlainString());
        after.put("interest", a.interest().toPlainString());
        after.put("principal", a.principal().toPlainString());
        after.put("status", status.name());
        entries.add(new AuditEntry(before.creditorId(), "claim", before.id().toString(), "payment.received", actor,
                Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()), after));
        allocated.add(new PaymentAllocated(before.id(), before.creditorId(), payment.bookingDate(), a.costs(), a.fees(),
                a.interest(), a.principal(), result.remainder(), status));
        return result;
    }
}
