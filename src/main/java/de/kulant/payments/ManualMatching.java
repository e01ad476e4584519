package de.kulant.payments;

import de.kulant.claims.BookedPayment;
import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.ClaimsForMatching;
import de.kulant.claims.IncomingPayment;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.PaymentId;
import de.kulant.claims.PaymentReversals;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.law.Allocation;
import de.kulant.payments.internal.AllocationStore;
import de.kulant.payments.internal.Matching;
import de.kulant.payments.internal.PaymentStore;
import de.kulant.payments.internal.PaymentToMatch;
import de.kulant.payments.internal.Returns;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with payments that were not booked on their own: look at suggestions, search claims, book a
 * payment to one or several claims, or mark it as not ours so that it is refunded. Every action is audited.
 * {@code scope} is the creditor a request acts for, or null for staff seeing every creditor.
 */
@Service
public class ManualMatching {


    private final PaymentStore store;
    private final AllocationStore allocations;
    private final Returns returns;
    private final Matching matching;
    private final ClaimsForMatching claims;
    private final ClaimAccounting accounting;
    private final PaymentReversals reversals;
    private final Creditors creditors;
    private final AuditTrail audit;
    private final Clock clock;

    ManualMatching(PaymentStore store, AllocationStore allocations, Returns returns, Matching matching,
                   ClaimsForMatching claims, ClaimAccounting accounting, PaymentReversals reversals,
                   Creditors creditors, AuditTrail audit, Clock clock) {
        this.store = store;
        this.allocations = allocations;
        this.returns = returns;
        this.matching = matching;
        this.claims = claims;
        this.accounting = accounting;
        this.reversals = reversals;
        this.creditors = creditors;
        this.audit = audit;
        this.clock = clock;
    }

    /** One claim and the amount of a payment it gets. */
    public record Share(ClaimId claim, Money amount) {
    }

    /** The most one share may be: larger amounts are typing mistakes. */
    public static final Money LIMIT = Money.eur("10000000.00");

    /** The columns the payment lists sort by. */
    public static SortColumns listOrder() {
        return PaymentStore.LIST_ORDER;
    }

    /** The payments waiting for a person in the order, one page after or before a position (or by number). */
    @Transactional(readOnly = true)
    public PaymentPage unmatched(CreditorId scope, ListOrder order, PaymentCursor after, PaymentCursor before,
                                 PageRequest page) {
        return page(scope, List.of(PaymentStatus.UNMATCHED), null, order, after, before, page);
    }

    /** Payments of any statuses (none: all) and statement in the order, one page after or before a position. */
    @Transactional(readOnly = true)
    public PaymentPage list(CreditorId scope, List<PaymentStatus> statuses, StatementId statement, ListOrder order,
                            PaymentCursor after, PaymentCursor before, PageRequest page) {
        return page(scope, statuses, statement == null ? null : statement.value(), order, after, before, page);
    }

    private PaymentPage page(CreditorId scope, List<PaymentStatus> statuses, UUID statementId, ListOrder order,
                             PaymentCursor after, PaymentCursor before, PageRequest page) {
        boolean byPosition = after != null || before != null;
        List<PaymentView> items = new ArrayList<>(store.list(scope, statuses, statementId, order, after, before,
                byPosition ? 0 : page.offset(), page.size() + 1));
        boolean more = items.size() > page.size();
        if (more) {
            items.remove(before != null ? 0 : items.size() - 1);
        }
        PaymentCursor next = items.isEmpty() ? null
                : before != null || more ? PaymentCursor.of(items.get(items.size() - 1), order) : null;
        PaymentCursor previous = items.isEmpty() ? null
                : before != null ? (more ? PaymentCursor.of(items.get(0), order) : null)
                : after != null || page.offset() > 0 ? PaymentCursor.of(items.get(0), order) : null;
        long counted = store.countUpTo(scope, statuses, statementId, PaymentPage.COUNT_LIMIT + 1);
        return new PaymentPage(items, byPosition ? 0 : page.page(), page.size(),
                Math.min(counted, PaymentPage.COUNT_LIMIT), counted <= PaymentPage.COUNT_LIMIT, next, previous);
    }

    @Transactional(readOnly = true)
    public PaymentView find(CreditorId scope, UUID id) {
        return store.find(scope, id).orElseThrow(() -> new NotFoundException("payment"));
    }

    /** The claims matching would point a person to, best first. */
    @Transactional(readOnly = true)
    public List<MatchCandidate> suggestions(CreditorId scope, UUID id) {
        PaymentView p = find(scope, id);
        if (p.kind() != PaymentKind.CREDIT) {
            return List.of();
        }
        CreditorId matchScope = p.creditorId() != null ? p.creditorId() : scope;
        var decision = matching.match(matchScope, List.of(new PaymentToMatch(p.id(), p.amount(), p.bookingDate(),
                p.payerName(), p.payerIban(), p.remittance(), p.creditorReference(), p.endToEndId()))).get(0);
        List<MatchCandidate> all = new ArrayList<>(decision.claims());
        decision.suggestions().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** The claims a person had put into the split, in the order given, to show the split again after a refusal. */
    @Transactional(readOnly = true)
    public List<MatchCandidate> candidates(CreditorId scope, UUID paymentId, List<ClaimId> ids) {
        PaymentView p = find(scope, paymentId);
        Map<ClaimId, MatchCandidate> found = new HashMap<>();
        claims.byIds(p.creditorId() != null ? p.creditorId() : scope, ids).forEach(c -> found.put(c.id(), c));
        return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
    }

    @Transactional(readOnly = true)
    public List<MatchCandidate> searchClaims(CreditorId scope, UUID paymentId, String text) {
        PaymentView p = find(scope, paymentId);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return claims.search(p.creditorId() != null ? p.creditorId() : scope, text.strip(), 20);
    }

    /** Books a waiting credit to the claims chosen; the shares must add up to the payment exactly. */
    @Transactional
    public PaymentView assign(CreditorId scope, UUID id, List<Share> shares, Actor actor) {
        PaymentView p = find(scope, id);
        if (p.kind() != PaymentKind.CREDIT) {
            throw ConflictException.coded("onlyCredits", "Only incoming payments can be booked to claims.");
        }
        if (shares == null || shares.isEmpty()) {
            throw new InvalidInputException("shares", "name at least one claim and amount");
        }
        Map<ClaimId, Money> amounts = new LinkedHashMap<>();
        shares.forEach(share -> amounts.merge(share.claim(), share.amount(), Money::plus));
        Money total = amounts.values().stream().reduce(Money::plus).orElseThrow();
        if (!total.equals(p.amount())) {
            throw new InvalidInputException(List.of(FieldViolation.coded("shares", "sharesSum", "add up to "
                    + total.toPlainString() + " but the payment is " + p.amount().toPlainString(), total, p.amount(),
                    p.amount().minus(total))));
        }
        CreditorId claimScope = p.creditorId() != null ? p.creditorId() : scope;
        Map<ClaimId, MatchCandidate> found = new HashMap<>();
        claims.byIds(claimScope, amounts.keySet()).forEach(c -> found.put(c.id(), c));
        for (ClaimId claim : amounts.keySet()) {
            if (!found.containsKey(claim)) {
                throw new InvalidInputException("shares", "claim " + claim + " was not found");
            }
        }
        if (found.values().stream().map(MatchCandidate::creditor).distinct().count() > 1) {
            throw new InvalidInputException("shares", "one payment can only pay claims of one creditor");
        }
        CreditorId creditor = found.values().iterator().next().creditor();
        if (!store.decide(id, PaymentStatus.UNMATCHED, PaymentStatus.BOOKED, creditor, Reason.of("byHand").encode(),
                actor.label(), clock.instant())) {
            throw ConflictException.coded("paymentDecided", "The payment is no longer waiting; it was decided meanwhile.");
        }
        String note = (p.payerName() == null ? "" : p.payerName()) + " — " + (p.remittance() == null ? "" : p.remittance());
        String reference = p.remittance() == null ? "bank transfer " + p.bookingDate() : PaymentStore.cut(p.remittance(), 140);
        // money on an account that is not the creditor's own is the agency's to hold and pay out
        boolean clientMoney = creditors.byIban(p.accountIban()).map(Creditor::id).filter(creditor::equals).isEmpty();
        List<IncomingPayment> incoming = amounts.entrySet().stream()
                .map(e -> new IncomingPayment(new PaymentId(id), creditor, List.of(e.getKey()), false, List.of(), e.getValue(), p.bookingDate(),
                        reference, note, clientMoney)).toList();
        List<AllocationStore.AllocationRow> rows = new ArrayList<>();
        for (BookedPayment booked : accounting.bookPayments(incoming, actor)) {
            for (ClaimShare share : booked.shares()) {
                Allocation a = share.allocation();
                MatchCandidate claim = found.get(share.claim());
                rows.add(new AllocationStore.AllocationRow(id, creditor, share.claim(), claim.invoiceNumber(), claim.debtor(),
                        a.total(), a.costs(), a.fees(), a.interest(), a.principal()));
            }
        }
        allocations.insert(rows, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", PaymentStatus.BOOKED.name());
        amounts.forEach((claim, amount) -> after.put(found.get(claim).invoiceNumber(), amount.toPlainString()));
        audit.record(new AuditEntry(creditor, "payment", id.toString(), "payment.assigned", actor,
                Map.of("status", p.status().name()), after));
        return find(scope, id);
    }

    /**
     * The booked credits of the same account a waiting return may take back, newest first: from the same payer
     * IBAN, end-to-end id or mandate, and those whose payer name contains {@code text} or whose amount it is.
     */
    @Transactional(readOnly = true)
    public List<PaymentView> returnCandidates(CreditorId scope, UUID returnId, String text) {
        PaymentView r = waitingReturn(scope, returnId);
        List<String> keys = new ArrayList<>();
        for (String key : new String[] {r.payerIban(), r.endToEndId()}) {
            if (key != null && !key.isBlank() && !"NOTPROVIDED".equalsIgnoreCase(key)) {
                keys.add(key);
            }
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        Money amount = search == null ? null : amountIn(search);
        return store.returnCandidates(scope, r.accountIban(), r.bookingDate(), keys, amount == null ? search : null,
                amount == null ? null : amount.amount(), 20);
    }

    /** A person's choice of the credit a waiting return takes back: it is reversed as if the bank had named it. */
    @Transactional
    public PaymentView assignReturn(CreditorId scope, UUID returnId, UUID originalId, Actor actor) {
        PaymentView r = waitingReturn(scope, returnId);
        if (originalId == null) {
            throw new InvalidInputException("paymentId", "name the payment the return takes back");
        }
        PaymentView original = store.find(scope, originalId)
                .orElseThrow(() -> new InvalidInputException("paymentId", "payment " + originalId + " was not found"));
        if (original.kind() != PaymentKind.CREDIT || original.status() != PaymentStatus.BOOKED) {
            throw new InvalidInputException("paymentId", "only a booked incoming payment can be taken back");
        }
        if (!original.accountIban().equals(r.accountIban())) {
            throw new InvalidInputException("paymentId", "the payment was received on another account");
        }
        if (!original.amount().equals(r.amount())) {
            throw new InvalidInputException("paymentId", "the return is " + r.amount().toPlainString()
                    + " but the payment was " + original.amount().toPlainString());
        }
        if (original.bookingDate().isAfter(r.bookingDate())) {
            throw new InvalidInputException("paymentId", "the payment was booked after the return");
        }
        if (!store.decideReturn(returnId, originalId, original.creditorId(), Reason.of("returnByHand").encode(),
                actor.label(), clock.instant())) {
            throw ConflictException.coded("returnDecided", "The return is no longer waiting; it was decided meanwhile.");
        }
        if (!returns.takeBack(List.of(new Returns.TakeBack(originalId, original.creditorId(), r.bookingDate(),
                r.returnReason())), actor).done()) {
            throw ConflictException.coded("paymentReturned", "The payment is no longer booked; it was returned meanwhile.");
        }
        audit.record(new AuditEntry(original.creditorId(), "payment", returnId.toString(), "payment.return-assigned",
                actor, Map.of("status", r.status().name()),
                Map.of("status", PaymentStatus.BOOKED.name(), "returns", originalId.toString())));
        return find(scope, returnId);
    }

    private PaymentView waitingReturn(CreditorId scope, UUID id) {
        PaymentView r = find(scope, id);
        if (r.kind() != PaymentKind.RETURN) {
            throw ConflictException.coded("onlyReturns", "Only a return can take back a payment.");
        }
        if (r.status() != PaymentStatus.UNMATCHED) {
            throw ConflictException.coded("returnDecided", "The return is no longer waiting; it was decided meanwhile.");
        }
        return r;
    }

    /** A search text that is an amount as people type it: 80, 80,00, 1.234,50 or 80.00; else null. */
    private static Money amountIn(String text) {
        String plain = text.replace("€", "").replace(" ", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            plain = plain.replace(".", "");
        } else if (!plain.matches("\\d{1,9}([.,]\\d{1,2})?")) {
            return null;
        }
        return Money.eur(new BigDecimal(plain.replace(',', '.')).setScale(2));
    }

    /**
     * Undoes the booking of a credit (a wrong match, by the matcher or a person): what it paid is reversed, the
     * claims reopen, and it waits to be booked anew or marked as not ours.
     */
    @Transactional
    public PaymentView unassign(CreditorId scope, UUID id, String note, Actor actor) {
        PaymentView p = find(scope, id);
        InputCheck check = new InputCheck();
        String why = check.required("note", note, 500);
        check.throwIfInvalid();
        if (p.kind() != PaymentKind.CREDIT || p.status() != PaymentStatus.BOOKED) {
            throw ConflictException.coded("onlyBookedCredits", "Only a booked incoming payment can be taken off its claims.");
        }
        CreditorId owner = creditors.byIban(p.accountIban()).map(Creditor::id).orElse(null);
        if (!returns.undo(new Returns.TakeBack(id, p.creditorId(), BusinessDates.today(clock), why), owner,
                Reason.of("unassigned", why).encode(), actor, clock.instant())) {
            throw ConflictException.coded("paymentChanged", "The payment is no longer booked; it was changed meanwhile.");
        }
        audit.record(new AuditEntry(p.creditorId(), "payment", id.toString(), "payment.unassigned", actor,
                Map.of("status", p.status().name()), Map.of("status", PaymentStatus.UNMATCHED.name(), "note", why)));
        return find(scope, id);
    }

    /** A payment that belongs to no claim: it goes to the refund list. */
    @Transactional
    public PaymentView notOurs(CreditorId scope, UUID id, String note, Actor actor) {
        PaymentView p = find(scope, id);
        InputCheck check = new InputCheck();
        String why = check.required("note", note, 500);
        check.throwIfInvalid();
        if (!store.decide(id, PaymentStatus.UNMATCHED, PaymentStatus.NOT_OURS, null, Reason.of("note", why).encode(),
                actor.label(), clock.instant())) {
            throw ConflictException.coded("paymentDecided", "The payment is no longer waiting; it was decided meanwhile.");
        }
        audit.record(new AuditEntry(p.creditorId(), "payment", id.toString(), "payment.not-ours", actor,
                Map.of("status", p.status().name()), Map.of("status", PaymentStatus.NOT_OURS.name(), "note", why)));
        return find(scope, id);
    }

    /** A refund to recover is settled: the money came back, or it is written off; the note says which. */
    @Transactional
    public void resolveRefundToRecover(CreditorId scope, UUID id, String note, Actor actor) {
        reversals.resolveRefundToRecover(scope, id, note, actor);
    }
}
