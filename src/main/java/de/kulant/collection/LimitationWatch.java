package de.kulant.collection;

import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimSort;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.law.LimitationEvent;
import de.kulant.law.LimitationResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open claims whose limitation ends within a number of days, the soonest first, time-barred ones at the top: the list a
 * case worker checks before it is too late to file. Without events a claim's limitation ends on the last day of the
 * third year after it arose (§§195, 199 BGB) and events only move that end later, so only claims that arose at least
 * three calendar years before the window's end are read.
 */
@Service
public class LimitationWatch {

    /** One claim on the watch list; {@code daysLeft} is negative for a claim already time-barred. */
    public record Watched(ClaimId claimId, CreditorId creditorId, String invoiceNumber, String debtorName,
                          Money outstanding, LocalDate arisenOn, LocalDate endsOn, long daysLeft, boolean timeBarred,
                          CaseId caseId, String caseReference, List<String> steps) {
    }

    /** The list and how many claims matched in all, for a page that shows only the first. */
    public record WatchList(List<Watched> items, int total) {
    }

    public static final int MOST_DAYS = 3660;
    private static final int PAGE = 500;

    private final ClaimQueries claims;
    private final CaseStore cases;
    private final LimitationStore limitation;
    private final CurrentLaw law;
    private final Clock clock;

    LimitationWatch(ClaimQueries claims, CaseStore cases, LimitationStore limitation, CurrentLaw law, Clock clock) {
        this.claims = claims;
        this.cases = cases;
        this.limitation = limitation;
        this.law = law;
        this.clock = clock;
    }

    /** {@code creditor} null: every creditor's claims (staff). */
    @Transactional(readOnly = true)
    public WatchList within(CreditorId creditor, String daysText, int size) {
        int days = days(daysText);
        LocalDate today = BusinessDates.today(clock);
        LocalDate horizon = today.plusDays(days);
        // a claim that arose in year Y ends no earlier than 31 Dec Y+3
        LocalDate arisenBefore = LocalDate.of(horizon.getYear() - 2, 1, 1);
        ClaimFilter filter = (creditor == null ? ClaimFilter.forCreditor(null) : ClaimFilter.forCreditor(creditor))
                .withOpenOnly(true).withDueBetween(null, arisenBefore).withSort(ClaimSort.DUE_DATE);
        List<Watched> found = new ArrayList<>();
        ClaimCursor after = null;
        do {
            ClaimListPage page = claims.page(filter, after, null, 0, PAGE, today);
            found.addAll(watched(page.items(), today, horizon));
            after = page.next();
        } while (after != null);
        found.sort(Comparator.comparing(Watched::endsOn).thenComparing(w -> w.claimId().value()));
        return new WatchList(List.copyOf(found.subList(0, Math.min(size, found.size()))), found.size());
    }

    private static int days(String text) {
        InputCheck check = new InputCheck();
        String typed = text == null || text.isBlank() ? "90" : text.strip();
        int days = 0;
        try {
            days = Integer.parseInt(typed);
            if (days < 0 || days > MOST_DAYS) {
                check.violation("withinDays", "between", "must lie between 0 and " + MOST_DAYS, 0, MOST_DAYS);
            }
        } catch (NumberFormatException e) {
            check.violation("withinDays", "wholeDays", "'" + typed + "' is not a whole number of days", typed);
        }
        check.throwIfInvalid();
        return days;
    }

    private List<Watched> watched(List<ClaimView> page, LocalDate today, LocalDate horizon) {
        Map<ClaimId, CaseId> caseOf = cases.casesOf(page.stream().map(ClaimView::id).toList());
        Map<CaseId, CaseRow> rows = cases.findAll(caseOf.values());
        Map<CaseId, List<LimitationEvent>> events = limitation.eventsOf(caseOf.values());
        List<Watched> found = new ArrayList<>();
        for (ClaimView claim : page) {
            CaseId caseId = caseOf.get(claim.id());
            LimitationResult end = CaseLimitations.endOf(law, claim, caseId == null ? List.of()
                    : events.getOrDefault(caseId, List.of()));
            if (end.endsOn() == null || end.endsOn().isAfter(horizon)) {
                continue;
            }
            CaseRow row = caseId == null ? null : rows.get(caseId);
            found.add(new Watched(claim.id(), claim.creditorId(), claim.invoiceNumber(), claim.debtor().name(),
                    claim.balance().outstanding(), claim.dueDate(), end.endsOn(),
                    ChronoUnit.DAYS.between(today, end.endsOn()), end.endsOn().isBefore(today), caseId,
                    row == null ? null : row.reference().value(), end.steps()));
        }
        return found;
    }
}
