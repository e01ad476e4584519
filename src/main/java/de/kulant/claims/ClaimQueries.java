package de.kulant.claims;

import de.kulant.claims.internal.Balances;
import de.kulant.claims.internal.ClaimListStore;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.FigureStore;
import de.kulant.claims.internal.HoldStore;
import de.kulant.claims.internal.Posting;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.AuditEvent;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading claims with their debtor, holds and balance as of a date. A {@code creditor} of null is for
 * staff and sees every tenant; with a creditor, another tenant's claim does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ClaimQueries {

    private final ClaimStore claims;
    private final ClaimListStore list;
    private final FigureStore figures;
    private final HoldStore holds;
    private final AuditTrail audit;
    private final CurrentLaw law;

    ClaimQueries(ClaimStore claims, ClaimListStore list, FigureStore figures, HoldStore holds, AuditTrail audit,
                 CurrentLaw law) {
        this.claims = claims;
        this.list = list;
        this.figures = figures;
        this.holds = holds;
        this.audit = audit;
        this.law = law;
    }

    /** The first claims the filter finds, in list order: for looking one up or a small batch. */
    public List<ClaimView> first(ClaimFilter filter, int limit, LocalDate asOf) {
        return views(list.rows(filter, null, null, 0, limit), asOf);
    }

    /**
     * One page of the list after {@code after} (or, with {@code before}, the page before that position); {@code offset}
     * serves clients that still page by number and is refused beyond {@link ClaimListPage#COUNT_LIMIT} rows.
     */
    public ClaimListPage page(ClaimFilter filter, ClaimCursor after, ClaimCursor before, long offset, int size,
                              LocalDate asOf) {
        List<ClaimView> items = new java.util.ArrayList<>(views(list.rows(filter, after, before, offset, size + 1), asOf));
        boolean more = items.size() > size;
        if (more) {
            items.remove(before != null ? 0 : items.size() - 1);
        }
        ClaimSort sort = filter.sort();
        ClaimCursor next = items.isEmpty() ? null
                : before != null || more ? ClaimCursor.of(items.get(items.size() - 1), sort) : null;
        ClaimCursor previous = items.isEmpty() ? null
                : before != null ? (more ? ClaimCursor.of(items.get(0), sort) : null)
                : after != null || offset > 0 ? ClaimCursor.of(items.get(0), sort) : null;
        if (filter.countableFromFigures()) {
            FigureStore.Share total = figures.total(filter.creditor(), filter.status(), filter.openOnly(), filter.dunningLevel(),
                    filter.dueFrom(), filter.dueBefore());
            return new ClaimListPage(items, total.claims(), true, Money.eur(total.outstanding()), next, previous);
        }
        long counted = list.countUpToLimit(filter);
        return new ClaimListPage(items, Math.min(counted, ClaimListPage.COUNT_LIMIT),
                counted <= ClaimListPage.COUNT_LIMIT, null, next, previous);
    }

    /** The rows as views: holds and, for claims with postings after {@code asOf}, their postings in one query each. */
    private List<ClaimView> views(List<ClaimStore.Row> rows, LocalDate asOf) {
        Map<ClaimId, List<HoldView>> active = holds.activeFor(rows.stream().map(r -> r.facts().id()).toList(), asOf);
        Map<ClaimAsOf, List<Posting>> earlier = claims.postingsUpTo(rows.stream()
                .filter(row -> asOf.isBefore(row.facts().lastPostingDate()))
                .map(row -> new ClaimAsOf(row.facts().id(), row.facts().creditorId(), asOf)).toList());
        return rows.stream().map(row -> view(row, active.getOrDefault(row.facts().id(), List.of()), asOf,
                earlier.get(new ClaimAsOf(row.facts().id(), row.facts().creditorId(), asOf)))).toList();
    }

    public Optional<ClaimView> find(CreditorId creditor, ClaimId id, LocalDate asOf) {
        return claims.row(creditor, id).map(row -> {
            List<HoldView> active = holds.activeFor(List.of(id), asOf).getOrDefault(id, List.of());
            return view(row, active, asOf);
        });
    }

    /**
     * Several claims as each stood on a day (a letter's date, say), for work on many at once: three queries however
     * many. A claim that does not belong to the creditor given with it is left out.
     */
    public Map<ClaimAsOf, ClaimView> findAll(Collection<ClaimAsOf> wanted) {
        Map<ClaimAsOf, ClaimView> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        Map<ClaimId, CreditorId> owners = new HashMap<>();
        wanted.forEach(w -> owners.put(w.claim(), w.creditor()));
        Map<ClaimId, ClaimStore.Row> rows = new HashMap<>();
        claims.rows(owners).forEach(row -> rows.put(row.facts().id(), row));
        LocalDate earliest = wanted.stream().map(ClaimAsOf::asOf).min(LocalDate::compareTo).orElseThrow();
        Map<ClaimId, List<HoldView>> holdsSinceEarliest = holds.activeFor(rows.keySet(), earliest);
        Map<ClaimAsOf, List<Posting>> postings = claims.postingsUpTo(wanted.stream()
                .filter(w -> rows.containsKey(w.claim()) && w.asOf().isBefore(rows.get(w.claim()).facts().lastPostingDate()))
                .toList());
        for (ClaimAsOf w : wanted) {
            ClaimStore.Row row = rows.get(w.claim());
            if (row != null && row.facts().creditorId().equals(w.creditor())) {
                List<HoldView> active = holdsSinceEarliest.getOrDefault(w.claim(), List.of()).stream()
                        .filter(h -> h.isActiveOn(w.asOf())).toList();
                found.put(w, view(row, active, w.asOf(), postings.get(w)));
            }
        }
        return found;
    }

    /** Whether the claim exists for the creditor ({@code creditor} null: staff, any creditor's). */
    public boolean exists(CreditorId creditor, ClaimId id) {
        return claims.row(creditor, id).isPresent();
    }

    /** The §288 Abs. 5 BGB flat fees charged on these claims, which collection costs must be set off against. */
    public Map<ClaimId, Money> flatFeesCharged(Collection<ClaimId> ids) {
        return claims.flatFees(ids);
    }

    /** Debtors by id, for work on many at once; one that does not belong to the creditor given with it is left out. */
    public Map<DebtorId, DebtorView> debtors(Map<DebtorId, CreditorId> wanted) {
        return claims.debtors(wanted);
    }

    /** Where each of these claims of one creditor stands today (status, holds, payments since its latest notice). */
    public Map<ClaimId, ClaimStanding> standing(CreditorId creditor, Collection<ClaimId> ids, LocalDate today) {
        Map<ClaimId, CreditorId> owners = new HashMap<>();
        ids.forEach(id -> owners.put(id, creditor));
        return standing(owners, today);
    }

    /**
     * Where each of these claims stands today, each only if it belongs to the creditor given with it: two queries
     * however many.
     */
    public Map<ClaimId, ClaimStanding> standing(Map<ClaimId, CreditorId> claimsOf, LocalDate today) {
        Map<ClaimId, List<HoldView>> active = holds.activeFor(claimsOf.keySet(), today);
        Map<ClaimId, ClaimStanding> standing = new HashMap<>();
        for (ClaimStore.Row row : claims.rows(claimsOf)) {
            var f = row.facts();
            Money paidSince = f.demand() == null ? Money.zeroEur() : f.paidTotal().minus(f.demand().paidBefore());
            standing.put(f.id(), new ClaimStanding(f.id(), f.invoiceNumber(), f.status(), f.dunningLevel(),
                    active.getOrDefault(f.id(), List.of()).stream().map(HoldView::kind).distinct().toList(),
                    paidSince, f.open().principal()));
        }
        return standing;
    }

    public List<PostingView> ledger(CreditorId creditor, ClaimId id) {
        return claims.postingViews(creditor, id, null);
    }

    public List<HoldView> allHolds(CreditorId creditor, ClaimId id) {
        return holds.all(creditor, id);
    }

    /** The claim's audit history and its debtor's, oldest first. */
    public List<AuditEvent> history(CreditorId creditor, ClaimId id) {
        return audit.historyOf("claim", id.toString(), creditor);
    }

    private ClaimView view(ClaimStore.Row row, List<HoldView> activeHolds, LocalDate asOf) {
        var facts = row.facts();
        return view(row, activeHolds, asOf, asOf.isBefore(facts.lastPostingDate())
                ? claims.postings(facts.creditorId(), facts.id(), asOf) : null);
    }

    /** @param postingsUpToAsOf the claim's postings up to {@code asOf} when that is before its latest one, else null */
    private ClaimView view(ClaimStore.Row row, List<HoldView> activeHolds, LocalDate asOf,
                           List<Posting> postingsUpToAsOf) {
        var facts = row.facts();
        Balance balance = asOf.isBefore(facts.lastPostingDate())
                ? Balances.fromPostings(facts, postingsUpToAsOf == null ? List.of() : postingsUpToAsOf, asOf,
                        law.interest())
                : Balances.current(facts, asOf, law.interest());
        return new ClaimView(facts.id(), facts.creditorId(), facts.invoiceNumber(), facts.invoiceDate(), facts.dueDate(),
                facts.amount(), row.consumerNoticeGiven(), row.calendarDueDateAgreed(), row.debtor(), facts.status(),
                facts.dunningLevel(), facts.defaultSince(), facts.defaultRule(), activeHolds, balance,
                de.kulant.platform.CreditorReference.of(row.referenceNumber()), row.createdAt(),
                facts.nextDunningOn());
    }
}
