package de.kulant.claims.internal;

import de.kulant.claims.ClaimStatus;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DefaultInterest;
import de.kulant.law.InterestResult;
import de.kulant.law.OpenClaim;
import de.kulant.law.PaymentAllocation;
import de.kulant.platform.ConflictException;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A claim and its ledger, loaded to change it. Every change appends postings and moves the cached
 * balance by exactly those postings, so the cache always equals the ledger sum. Interest accrued since
 * the last posting is posted, rounded once, before anything lowers the principal (§367, §289 BGB).
 */
public final class Claim {

    private ClaimFacts facts;
    private final List<Posting> newPostings = new ArrayList<>();

    public Claim(ClaimFacts facts) {
        this.facts = facts;
    }

    public ClaimFacts facts() {
        return facts;
    }

    public List<Posting> newPostings() {
        return Collections.unmodifiableList(newPostings);
    }

    /** Records a payment: interest to the day before, then costs → fees → interest → principal; the rest is returned. */
    public ClaimAllocation recordPayment(Money amount, LocalDate bookingDate, String reference, LocalDate today,
                                         DefaultInterest interest) {
        requireBookingDate("bookingDate", bookingDate, today);
        if (facts.status().isClosed()) {
            return new ClaimAllocation(Allocation.none(amount.zero()), amount);
        }
        accrueInterestBefore(bookingDate, interest);
        ClaimAllocation result = PaymentAllocation.withinClaim(amount, facts.open().asOpenItems());
        Allocation allocation = result.allocation();
        UUID entry = Ids.next();
        post(entry, PostingKind.PAYMENT, Bucket.COSTS, allocation.costs().negate(), bookingDate, reference, null);
        post(entry, PostingKind.PAYMENT, Bucket.FEES, allocation.fees().negate(), bookingDate, reference, null);
        post(entry, PostingKind.PAYMENT, Bucket.INTEREST, allocation.interest().negate(), bookingDate, reference, null);
        post(entry, PostingKind.PAYMENT, Bucket.PRINCIPAL, allocation.principal().negate(), bookingDate, reference, null);
        facts = facts.withPaidTotal(facts.paidTotal().plus(allocation.total()));
        if (facts.open().total().isZero()) {
            facts = facts.withStatus(ClaimStatus.PAID);
        }
        return result;
    }

    /**
     * A payment found on a bank statement. It is posted on its booking date unless the claim has a later
     * booking (a notice fee, say); then on that date, so the ledger stays in order and no payment is refused.
     */
    public ClaimAllocation recordBankPayment(Money amount, LocalDate bookingDate, String reference, LocalDate today,
                                             DefaultInterest interest) {
        return recordPayment(amount, postingDate(bookingDate, today), reference, today, interest);
    }

    /** The claim as §366 Abs. 2 BGB compares it, with interest accrued up to the day before {@code bookingDate}. */
    public OpenClaim openForAllocation(LocalDate bookingDate, LocalDate today, DefaultInterest interest) {
        accrueInterestBefore(postingDate(bookingDate, today), interest);
        // all claims of one debtor in default bear the same statutory rate, so bearing interest at all is what orders them
        BigDecimal burden = facts.defaultSince() != null ? BigDecimal.ONE : BigDecimal.ZERO;
        return new OpenClaim(facts.id().toString(), facts.invoiceDate(), facts.dueDate(), facts.open().asOpenItems(),
                false, burden);
    }

    /** Takes back a payment the bank returned: each part goes back where it was allocated, and the claim reopens. */
    public void returnPayment(Allocation allocation, LocalDate date, String reason, LocalDate today) {
        LocalDate on = postingDate(date, today);
        UUID entry = Ids.next();
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.COSTS, allocation.costs(), on, null, reason);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.FEES, allocation.fees(), on, null, reason);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.INTEREST, allocation.interest(), on, null, reason);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.PRINCIPAL, allocation.principal(), on, null, reason);
        facts = facts.withPaidTotal(facts.paidTotal().minus(allocation.total()));
        if (facts.status() == ClaimStatus.PAID && facts.open().total().isPositive()) {
            facts = facts.withStatus(facts.dunningLevel() > 0 ? ClaimStatus.DUNNING : ClaimStatus.OPEN);
        }
    }

    private LocalDate postingDate(LocalDate date, LocalDate today) {
        LocalDate on = date.isAfter(today) ? today : date;
        if (on.isBefore(facts.invoiceDate())) {
            on = facts.invoiceDate();
        }
        return on.isBefore(facts.lastPostingDate()) ? facts.lastPostingDate() : on;
    }

    /**
     * What the latest notice still asks for from a payment booked on {@code bookingDate}, with interest accrued to the
     * day before; null when no notice's pay-by date still stands or the claim is closed.
     */
    public Money stillAsked(LocalDate bookingDate, LocalDate today, DefaultInterest interest) {
        if (facts.demand() == null || facts.status().isClosed()) {
            return null;
        }
        LocalDate on = postingDate(bookingDate, today);
        accrueInterestBefore(on, interest);
        return facts.demand().stillAsked(on, facts.paidTotal());
    }

    /** Lets go {@code amount} of one bucket with its reason (a WAIVER posting); nothing left open means paid. */
    public void waive(Bucket bucket, Money amount, LocalDate bookingDate, LocalDate today, String reason) {
        LocalDate on = postingDate(bookingDate, today);
        post(Ids.next(), PostingKind.WAIVER, bucket, amount.negate(), on, null, reason);
        if (facts.open().total().isZero() && !facts.status().isClosed()) {
            facts = facts.withStatus(ClaimStatus.PAID);
        }
    }

    /** A credit note lowers the principal; one for the whole open principal cancels the claim. */
    public void creditNote(Money amount, LocalDate date, String reason, LocalDate today, DefaultInterest interest) {
        requireBookingDate("date", date, today);
        if (facts.status().isClosed()) {
            throw new ConflictException("The claim is " + facts.status() + "; a credit note is no longer possible.");
        }
        if (amount.isGreaterThan(facts.open().principal())) {
            throw new InvalidInputException("amount", "exceeds the open principal of " + facts.open().principal().toPlainString());
        }
        accrueInterestBefore(date, interest);
        UUID entry = Ids.next();
        post(entry, PostingKind.CREDIT_NOTE, Bucket.PRINCIPAL, amount.negate(), date, null, reason);
        if (facts.open().principal().isZero()) {
            // The invoice is cancelled: what grew from it (interest, fees, costs) goes with it.
            post(entry, PostingKind.CREDIT_NOTE, Bucket.INTEREST, facts.open().interest().negate(), date, null, reason);
            post(entry, PostingKind.CREDIT_NOTE, Bucket.FEES, facts.open().fees().negate(), date, null, reason);
            post(entry, PostingKind.CREDIT_NOTE, Bucket.COSTS, facts.open().costs().negate(), date, null, reason);
            facts = facts.withStatus(ClaimStatus.CANCELLED);
        }
    }

    /** Posts the interest accrued up to the day before {@code date}, on the principal as it stood. */
    void accrueInterestBefore(LocalDate date, DefaultInterest interest) {
        LocalDate since = facts.defaultSince();
        if (since == null || !facts.open().principal().isPositive()) {
            return;
        }
        LocalDate from = facts.interestPostedThrough() == null || facts.interestPostedThrough().isBefore(since)
                ? since : facts.interestPostedThrough().plusDays(1);
        LocalDate to = date.minusDays(1);
        if (from.isAfter(to)) {
            return;
        }
        InterestResult result = interest.calculate(facts.open().principal(), facts.debtorKind(), from, to);
        post(Ids.next(), PostingKind.INTEREST, Bucket.INTEREST, result.amount(), date, from, to, null,
                result.provisional() ? "provisional base rate" : null);
        facts = facts.withInterestPostedThrough(to);
    }

    private void requireBookingDate(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        if (date.isBefore(facts.invoiceDate())) {
            throw new InvalidInputException(field, "must not be before the invoice date " + facts.invoiceDate());
        }
        if (date.isBefore(facts.lastPostingDate())) {
            throw new InvalidInputException(field, "must not be before " + facts.lastPostingDate()
                    + ", the date of the claim's latest booking");
        }
    }

    private void post(UUID entry, PostingKind kind, Bucket bucket, Money amount, LocalDate date, String reference,
                      String note) {
        post(entry, kind, bucket, amount, date, null, null, reference, note);
    }

    private void post(UUID entry, PostingKind kind, Bucket bucket, Money amount, LocalDate date, LocalDate from,
                      LocalDate to, String reference, String note) {
        if (amount.isZero()) {
            return;
        }
        newPostings.add(new Posting(Ids.next(), entry, kind, bucket, amount, date, from, to, reference, note));
        facts = facts.withPosting(bucket, amount, date);
    }
}
