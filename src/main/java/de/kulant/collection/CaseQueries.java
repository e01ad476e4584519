package de.kulant.collection;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore.Member;
import de.kulant.collection.internal.CostStore;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: one with its claims, balances and costs, pages of them, and a case's timeline. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /** A page of cases and the position after its last one, null when it is the last page. */
    public record CasePage(List<CaseView> items, String next) {
    }

    private final CaseStore cases;
    private final CostStore costStore;
    private final ActivityStore activities;
    private final PromiseStore promises;
    private final DisputeStore disputes;
    private final ClaimQueries claims;

    CaseQueries(CaseStore cases, CostStore costStore, ActivityStore activities, PromiseStore promises,
                DisputeStore disputes, ClaimQueries claims) {
        this.cases = cases;
        this.costStore = costStore;
        this.activities = activities;
        this.promises = promises;
        this.disputes = disputes;
        this.claims = claims;
    }

    /** The case's promises to pay, newest first. */
    public List<PromiseStore.PromiseRow> promises(CaseId id) {
        return promises.ofCase(id);
    }

    /** The case's disputes, newest first. */
    public List<DisputeStore.DisputeRow> disputes(CaseId id) {
        return disputes.ofCase(id);
    }

    /** One case as of a day; {@code creditor} null: staff, any creditor's case. */
    public Optional<CaseView> find(CreditorId creditor, CaseId id, LocalDate asOf) {
        return cases.find(creditor, id).map(row -> views(List.of(row), asOf, true).get(0));
    }

    /** Which of these claims went to collection (in a case now or before), for figures by stage. */
    public java.util.Set<ClaimId> everInCollection(java.util.Collection<ClaimId> claims) {
        return cases.linked(claims);
    }

    /** The case a claim is in. */
    public Optional<CaseView> ofClaim(CreditorId creditor, ClaimId claim, LocalDate asOf) {
        return cases.ofClaim(creditor, claim).map(row -> views(List.of(row), asOf, true).get(0));
    }

    /**
     * Cases newest first, {@code size} at a time after the position {@code after} (from {@link CasePage#next()});
     * each filter may be null.
     */
    public CasePage page(CreditorId creditor, CaseStatus status, String assignee, String after, int size,
                         LocalDate asOf) {
        LocalDate afterOn = null;
        UUID afterId = null;
        if (after != null && !after.isBlank()) {
            int cut = after.indexOf('_');
            try {
                afterOn = LocalDate.parse(after.substring(0, cut));
                afterId = UUID.fromString(after.substring(cut + 1));
            } catch (RuntimeException unreadable) {
                throw new InvalidInputException(List.of(de.kulant.platform.FieldViolation.coded("after",
                        "cursorUnknown", "is not a position this list gave out")));
            }
        }
        List<CaseRow> rows = cases.list(creditor, status, assignee, afterOn, afterId, size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            CaseRow last = rows.get(size - 1);
            next = last.openedOn() + "_" + last.id();
        }
        return new CasePage(views(rows, asOf, false), next);
    }

    /** The timeline of a case, newest first; empty when the case is not the creditor's. */
    public List<CaseActivity> timeline(CreditorId creditor, CaseId id, int limit) {
        return cases.find(creditor, id).map(row -> activities.newestFirst(id, limit)).orElseThrow(
                () -> new de.kulant.platform.NotFoundException("case"));
    }

    private List<CaseView> views(List<CaseRow> rows, LocalDate asOf, boolean withCosts) {
        Map<CaseId, List<Member>> members = cases.membersOf(rows.stream().map(CaseRow::id).toList());
        List<ClaimAsOf> wanted = new ArrayList<>();
        Map<DebtorId, CreditorId> debtors = new HashMap<>();
        for (CaseRow row : rows) {
            List<Member> of = members.getOrDefault(row.id(), List.of());
            of.forEach(m -> wanted.add(new ClaimAsOf(m.claim(), row.creditorId(), asOf)));
            debtors.put(row.debtorId(), row.creditorId());
        }
        Map<ClaimAsOf, ClaimView> found = claims.findAll(wanted);
        Map<DebtorId, DebtorView> debtorViews = claims.debtors(debtors);
        Map<CaseId, List<CostStore.CostRow>> costsOf = withCosts
                ? costStore.costsOf(rows.stream().map(CaseRow::id).toList()) : Map.of();
        List<CaseView> views = new ArrayList<>(rows.size());
        for (CaseRow row : rows) {
            List<ClaimView> claimViews = members.getOrDefault(row.id(), List.of()).stream()
                    .map(m -> found.get(new ClaimAsOf(m.claim(), row.creditorId(), asOf)))
                    .filter(java.util.Objects::nonNull).toList();
            List<CaseView.CostLineView> costs = withCosts ? costsOf.getOrDefault(row.id(), List.of()).stream()
                    .map(c -> new CaseView.CostLineView(c.claim(), c.code(), c.labelDe(), c.labelEn(), c.amount(),
                            c.basis(), c.chargedOn())).toList() : List.of();
            List<String> flags = new ArrayList<>();
            CaseView.NextAction next = null;
            if (row.hardship()) {
                flags.add("HARDSHIP");
            }
            if (withCosts && row.status() != CaseStatus.CLOSED) {
                var promise = promises.ofCase(row.id()).stream().filter(p -> p.status().equals("OPEN")).findFirst();
                if (promise.isPresent()) {
                    flags.add("PROMISE");
                    next = new CaseView.NextAction("PROMISE_DUE", promise.get().dueOn());
                } else if (row.status() == CaseStatus.DISPUTED) {
                    next = new CaseView.NextAction("AWAITING_EVIDENCE", null);
                } else if (row.firstDemandUntil() != null) {
                    next = new CaseView.NextAction("COSTS_RISE", row.firstDemandUntil().plusDays(1));
                }
            }
            if (row.status() == CaseStatus.DISPUTED) {
                flags.add("DISPUTED");
            }
            views.add(new CaseView(row.id(), row.reference(), row.creditorId(), debtorViews.get(row.debtorId()),
                    row.status(), row.closeReason(), row.closeText(), row.closedOn(), row.assignee(), claimViews,
                    sum(claimViews, asOf), row.openedOn(), row.mandateDate(), row.costFactor(), costs,
                    List.copyOf(flags), next));
        }
        return views;
    }

    private static Balance sum(List<ClaimView> claims, LocalDate asOf) {
        Money principal = Money.zeroEur();
        Money interest = Money.zeroEur();
        Money fees = Money.zeroEur();
        Money costs = Money.zeroEur();
        Money paid = Money.zeroEur();
        Money outstanding = Money.zeroEur();
        boolean provisional = false;
        for (ClaimView c : claims) {
            Balance b = c.balance();
            principal = principal.plus(b.principal());
            interest = interest.plus(b.interest());
            fees = fees.plus(b.fees());
            costs = costs.plus(b.costs());
            paid = paid.plus(b.paid());
            outstanding = outstanding.plus(b.outstanding());
            provisional |= b.interestProvisional();
        }
        return new Balance(principal, interest, fees, costs, paid, outstanding, asOf, provisional);
    }
}
