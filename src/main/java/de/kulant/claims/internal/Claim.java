package de.kulant.claims.internal;

import de.kulant.claims.ClaimStatus;
import de.kulant.claims.Escalation;
import de.kulant.claims.PaymentId;
import de.kulant.claims.PostingSource;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DefaultInterest;
import de.kulant.law.FlatFee;
import de.kulant.law.InterestResult;
import de.kulant.law.OpenClaim;
import de.kulant.law.PaymentAllocation;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim and its ledger, loaded to change it: the one place the posting rules live. Every change appends postings,
 * each with its source, and moves the cached balance by exactly those postings, so the cache always equals the
 * ledger sum; the {@link Ledger} writes both. Interest accrued since the last posting is posted, rounded once, before
 * anything lowers the principal (§367, §289 BGB).
 */
public final class Claim {

    private ClaimFacts facts;
    private final List<Posting> newPostings = new ArrayList<>();

    public Claim(ClaimFacts facts) {
        this.facts = facts;
    }

    /** A new claim: facts with nothing posted yet, and its opening posting of the principal on the invoice date. */
    public static Claim open(ClaimFacts unposted, String reference) {
        Claim claim = new Claim(unposted);
        claim.post(Ids.next(), PostingKind.CLAIM, Bucket.PRINCIPAL, unposted.amount(), unposted.invoiceDate(), null,
                null, reference, null, PostingSource.intake(unposted.id()));
        return claim;
    }

    /**
     * A dunning notice: its fee and flat fee posted with the notice as source on the notice's date, what it asks for
     * and by when remembered, default brought forward when it begins earlier; or the handover to collection.
     */
    public void escalate(Escalation.Step step) {
        if (step instanceof Escalation.Notice notice) {
            PostingSource source = PostingSource.notice(notice.noticeId());
            Escalation.Dates dates = notice.dates();
            post(Ids.next(), PostingKind.FEE, Bucket.FEES, notice.charges().fee(), dates.issuedOn(), null, null,
                    notice.reference(), "dunning level " + notice.level(), source);
            post(Ids.next(), PostingKind.FEE, Bucket.FEES, notice.charges().flatFee(), dates.issuedOn(), null, null,
                    notice.reference(), FlatFee.BASIS, source);
            Escalation.DefaultStart start = notice.defaultStart();
            boolean earlier = start != null
                    && (facts.defaultSince() == null || start.since().isBefore(facts.defaultSince()));
            facts = facts.escalated(ClaimStatus.DUNNING, notice.level(),
                    earlier ? start.since() : facts.defaultSince(), earlier ? start.rule() : facts.defaultRule(),
                    new Demand(notice.charges().demanded(), dates.issuedOn(), dates.payBy(), facts.paidTotal()),
                    dates.nextDunningOn());
        } else {
            facts = facts.escalated(ClaimStatus.COLLECTION, facts.dunningLevel(), facts.defaultSince(),
                    facts.defaultRule(), facts.demand(), null);
        }
    }

    public ClaimFacts facts() {
        return facts;
    }

    public List<Posting> newPostings() {
        return Collections.unmodifiableList(newPostings);
    }

    /** Records a payment: interest to the day before, then costs → fees → interest → principal; the rest is returned. */
    public ClaimAllocation recordPayment(Money amount, LocalDate bookingDate, String reference, LocalDate today,
                                         DefaultInterest interest, PaymentId payment) {
        requireBookingDate("bookingDate", bookingDate, today);
        if (facts.status().isClosed()) {
            return new ClaimAllocation(Allocation.none(amount.zero()), amount);
        }
        PostingSource source = PostingSource.payment(payment);
        accrueInterestBefore(bookingDate, interest, source);
        ClaimAllocation result = PaymentAllocation.withinClaim(amount, facts.open().asOpenItems());
        Allocation allocation = result.allocation();
        UUID entry = Ids.next();
        post(entry, PostingKind.PAYMENT, Bucket.COSTS, allocation.costs().negate(), bookingDate, reference, null, source);
        post(entry, PostingKind.PAYMENT, Bucket.FEES, allocation.fees().negate(), bookingDate, reference, null, source);
        post(entry, PostingKind.PAYMENT, Bucket.INTEREST, allocation.interest().negate(), bookingDate, reference, null,
                source);
        post(entry, PostingKind.PAYMENT, Bucket.PRINCIPAL, allocation.principal().negate(), bookingDate, reference, null,
                source);
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
                                             DefaultInterest interest, PaymentId payment) {
        return recordPayment(amount, postingDate(bookingDate, today), reference, today, interest, payment);
    }

    /** The claim as §366 Abs. 2 BGB compares it, with interest accrued up to the day before {@code bookingDate}. */
    public OpenClaim openForAllocation(LocalDate bookingDate, LocalDate today, DefaultInterest interest,
                                       PaymentId payment) {
        accrueInterestBefore(postingDate(bookingDate, today), interest, PostingSource.payment(payment));
        // all claims of one debtor in default bear the same statutory rate, so bearing interest at all is what orders them
        BigDecimal burden = facts.defaultSince() != null ? BigDecimal.ONE : BigDecimal.ZERO;
        return new OpenClaim(facts.id().toString(), facts.invoiceDate(), facts.dueDate(), facts.open().asOpenItems(),
                false, burden);
    }

    /**
     * Takes back a payment (returned by the bank, or its booking undone): what it paid into each bucket, read from the
     * ledger by its source, goes back where it was allocated, and the claim reopens.
     */
    public void returnPayment(Allocation allocation, LocalDate date, String reason, LocalDate today, PaymentId payment) {
        LocalDate on = postingDate(date, today);
        UUID entry = Ids.next();
        PostingSource source = PostingSource.payment(payment);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.COSTS, allocation.costs(), on, null, reason, source);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.FEES, allocation.fees(), on, null, reason, source);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.INTEREST, allocation.interest(), on, null, reason, source);
        post(entry, PostingKind.PAYMENT_RETURNED, Bucket.PRINCIPAL, allocation.principal(), on, null, reason, source);
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
    public Money stillAsked(LocalDate bookingDate, LocalDate today, DefaultInterest interest, PaymentId payment) {
        if (facts.demand() == null || facts.status().isClosed()) {
            return null;
        }
        LocalDate on = postingDate(bookingDate, today);
        accrueInterestBefore(on, interest, PostingSource.payment(payment));
        return facts.demand().stillAsked(on, facts.paidTotal());
    }

    /** Lets go all interest accrued before {@code date} and still open (a creditor's waiver); returns how much. */
    public Money waiveOpenInterest(LocalDate date, LocalDate today, DefaultInterest interest, String reason,
                                   PostingSource source) {
        LocalDate on = postingDate(date, today);
        accrueInterestBefore(on, interest, source);
        Money open = facts.open().interest();
        if (open.isPositive()) {
            waive(Bucket.INTEREST, open, on, today, reason, source);
        }
        return open;
    }

    /** Lets go {@code amount} of one bucket with its reason (a WAIVER posting); nothing left open means paid. */
    public void waive(Bucket bucket, Money amount, LocalDate bookingDate, LocalDate today, String reason,
                      PostingSource source) {
        LocalDate on = postingDate(bookingDate, today);
        post(Ids.next(), PostingKind.WAIVER, bucket, amount.negate(), on, null, reason, source);
        if (facts.open().total().isZero() && !facts.status().isClosed()) {
            facts = facts.withStatus(ClaimStatus.PAID);
        }
    }

    /**
     * Collection costs of a case on this claim (COST); a negative amount books costs back when the case is re-rated.
     * Costs booked back that the debtor had already paid are not kept: that money goes to what the claim still owes, in
     * the order of §367 BGB (fees, interest accrued to the day before, principal), and what is left over is returned as
     * a credit balance for refund. Refused on a closed claim when it would raise the debt.
     */
    public Money chargeCosts(Money amount, LocalDate date, String basis, PostingSource source,
                             DefaultInterest interest) {
        if (facts.status().isClosed() && amount.isPositive()) {
            throw ConflictException.coded("costsOnClosedClaim", "The claim is " + facts.status() + "; no costs can be charged.");
        }
        Money paidBack = amount.negate().minus(facts.open().costs());
        if (!amount.isNegative() || !paidBack.isPositive()) {
            post(Ids.next(), PostingKind.COST, Bucket.COSTS, amount, date, null, basis, source);
            return amount.zero();
        }
        if (!facts.status().isClosed()) {
            accrueInterestBefore(date, interest, source);
        }
        UUID entry = Ids.next();
        post(entry, PostingKind.COST, Bucket.COSTS, amount, date, null, basis, source);
        // the payment that covered these costs is moved to the claim's other items, the rest leaves the claim
        post(entry, PostingKind.PAYMENT, Bucket.COSTS, paidBack, date, null, basis, source);
        ClaimAllocation moved = facts.status().isClosed()
                ? new ClaimAllocation(Allocation.none(paidBack.zero()), paidBack)
                : PaymentAllocation.withinClaim(paidBack, facts.open().asOpenItems());
        Allocation a = moved.allocation();
        post(entry, PostingKind.PAYMENT, Bucket.FEES, a.fees().negate(), date, null, basis, source);
        post(entry, PostingKind.PAYMENT, Bucket.INTEREST, a.interest().negate(), date, null, basis, source);
        post(entry, PostingKind.PAYMENT, Bucket.PRINCIPAL, a.principal().negate(), date, null, basis, source);
        facts = facts.withPaidTotal(facts.paidTotal().minus(moved.remainder()));
        if (facts.open().total().isZero() && !facts.status().isClosed()) {
            facts = facts.withStatus(ClaimStatus.PAID);
        }
        return moved.remainder();
    }

    /** A credit note lowers the principal; one for the whole open principal cancels the claim. */
    public void creditNote(Money amount, LocalDate date, String reason, LocalDate today, DefaultInterest interest,
                           UUID creditNote) {
        PostingSource source = PostingSource.creditNote(creditNote);
        requireBookingDate("date", date, today);
        if (facts.status().isClosed()) {
            throw ConflictException.coded("creditNoteOnClosedClaim", "The claim is " + facts.status() + "; a credit note is no longer possible.");
        }
        if (amount.isGreaterThan(facts.open().principal())) {
            throw new InvalidInputException(List.of(FieldViolation.coded("amount", "exceedsPrincipal",
                    "exceeds the open principal of " + facts.open().principal().toPlainString(), facts.open().principal())));
        }
        accrueInterestBefore(date, interest, source);
        UUID entry = Ids.next();
        post(entry, PostingKind.CREDIT_NOTE, Bucket.PRINCIPAL, amount.negate(), date, null, reason, source);
        if (facts.open().principal().isZero()) {
            // The invoice is cancelled: what grew from it (interest, fees, costs) goes with it.
            post(entry, PostingKind.CREDIT_NOTE, Bucket.INTEREST, facts.open().interest().negate(), date, null, reason,
                    source);
            post(entry, PostingKind.CREDIT_NOTE, Bucket.FEES, facts.open().fees().negate(), date, null, reason, source);
            post(entry, PostingKind.CREDIT_NOTE, Bucket.COSTS, facts.open().costs().negate(), date, null, reason, source);
            facts = facts.withStatus(ClaimStatus.CANCELLED);
        }
    }

    /**
     * Writes the claim off: interest up to the day before, then everything still open is booked out with the reason;
     * the creditor gives the claim up, and nothing more is asked of the debtor.
     */
    public void writeOff(LocalDate date, String reason, LocalDate today, DefaultInterest interest, UUID writeOff) {
        PostingSource source = PostingSource.writeOff(writeOff);
        requireBookingDate("date", date, today);
        if (facts.status().isClosed()) {
            throw ConflictException.coded("writeOffOnClosedClaim", "The claim is " + facts.status() + "; it cannot be written off.");
        }
        accrueInterestBefore(date, interest, source);
        UUID entry = Ids.next();
        OpenBuckets open = facts.open();
        Map<Bucket, Money> amounts = Map.of(Bucket.PRINCIPAL, open.principal(), Bucket.INTEREST, open.interest(),
                Bucket.FEES, open.fees(), Bucket.COSTS, open.costs());
        for (Bucket bucket : Bucket.values()) {
            if (amounts.get(bucket).isPositive()) {
                post(entry, PostingKind.WRITE_OFF, bucket, amounts.get(bucket).negate(), date, null, reason, source);
            }
        }
        facts = facts.withStatus(ClaimStatus.WRITTEN_OFF);
    }

    /**
     * A settlement kept: interest up to the day before, then everything still open is let go as SETTLEMENT_DISCOUNT;
     * the claim is paid as agreed. Returns what was let go.
     */
    public Money settleRest(LocalDate date, LocalDate today, DefaultInterest interest, String reason,
                            PostingSource source) {
        LocalDate on = postingDate(date, today);
        accrueInterestBefore(on, interest, source);
        UUID entry = Ids.next();
        OpenBuckets open = facts.open();
        Map<Bucket, Money> amounts = Map.of(Bucket.PRINCIPAL, open.principal(), Bucket.INTEREST, open.interest(),
                Bucket.FEES, open.fees(), Bucket.COSTS, open.costs());
        Money total = Money.zeroEur();
        for (Bucket bucket : Bucket.values()) {
            if (amounts.get(bucket).isPositive()) {
                post(entry, PostingKind.SETTLEMENT_DISCOUNT, bucket, amounts.get(bucket).negate(), on, null, reason,
                        source);
                total = total.plus(amounts.get(bucket));
            }
        }
        facts = facts.withStatus(ClaimStatus.PAID);
        return total;
    }

    /** Posts the interest accrued up to the day before {@code date}, on the principal as it stood. */
    /** Posts the default interest accrued through {@code lastDay} (not after today), so a later period starts after it. */
    public void accrueInterestThrough(LocalDate lastDay, LocalDate today, DefaultInterest interest, PostingSource source) {
        accrueInterestBefore(postingDate(lastDay.plusDays(1), today), interest, source);
    }

    void accrueInterestBefore(LocalDate date, DefaultInterest interest, PostingSource source) {
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
                result.provisional() ? "provisional base rate" : null, source);
        facts = facts.withInterestPostedThrough(to);
    }

    private void requireBookingDate(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(List.of(FieldViolation.coded(field, "future", "must not be in the future")));
        }
        if (date.isBefore(facts.invoiceDate())) {
            throw new InvalidInputException(List.of(FieldViolation.coded(field, "beforeInvoice",
                    "must not be before the invoice date " + facts.invoiceDate(), facts.invoiceDate())));
        }
        if (date.isBefore(facts.lastPostingDate())) {
            throw new InvalidInputException(List.of(FieldViolation.coded(field, "beforeLastBooking", "must not be before "
                    + facts.lastPostingDate() + ", the date of the claim's latest booking", facts.lastPostingDate())));
        }
    }

    private void post(UUID entry, PostingKind kind, Bucket bucket, Money amount, LocalDate date, String reference,
                      String note, PostingSource source) {
        post(entry, kind, bucket, amount, date, null, null, reference, note, source);
    }

    private void post(UUID entry, PostingKind kind, Bucket bucket, Money amount, LocalDate date, LocalDate from,
                      LocalDate to, String reference, String note, PostingSource source) {
        if (amount.isZero()) {
            return;
        }
        newPostings.add(new Posting(Ids.next(), entry, kind, bucket, amount, date, from, to, reference, note, source));
        facts = facts.withPosting(bucket, amount, date);
    }
}
