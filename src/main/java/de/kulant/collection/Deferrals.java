package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.claims.PauseInterest;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.DeferralStore.DeferralRow;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.law.LimitationEvent;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment pauses (Stundung): until a day within the creditor's rules the case waits and no automatic step runs;
 * limitation is suspended for the pause (§205 BGB) and its end moves by the days paused; the day after, the case
 * resumes its strategy.
 */
@Service
public class Deferrals {

    private final CaseStore cases;
    private final DeferralStore deferrals;
    private final PlanStore plans;
    private final PromiseStore promises;
    private final CaseWaiting waiting;
    private final LimitationStore limitation;
    private final ActivityStore activities;
    private final Agreements agreements;
    private final CasePriorities priorities;
    private final FirstLetters letters;
    private final PauseInterest pauseInterest;
    private final AuditTrail audit;
    private final Clock clock;

    Deferrals(CaseStore cases, DeferralStore deferrals, PlanStore plans, PromiseStore promises, CaseWaiting waiting,
              LimitationStore limitation, ActivityStore activities, Agreements agreements, CasePriorities priorities,
              FirstLetters letters, PauseInterest pauseInterest, AuditTrail audit, Clock clock) {
        this.letters = letters;
        this.pauseInterest = pauseInterest;
        this.cases = cases;
        this.deferrals = deferrals;
        this.plans = plans;
        this.promises = promises;
        this.waiting = waiting;
        this.limitation = limitation;
        this.activities = activities;
        this.agreements = agreements;
        this.priorities = priorities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Pauses an open case until {@code untilText} and confirms it to the debtor by letter and e-mail; a day beyond the
     * creditor's rules is refused, nothing stored.
     */
    @Transactional
    public DeferralRow pause(CreditorId creditor, CaseId id, String untilText, String reasonText, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = new InputCheck();
        LocalDate until = check.date("until", untilText, true);
        String reason = check.required("reason", reasonText, 1000);
        CaseRow row = cases.lock(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        int most = agreements.rulesFor(row).maxPauseDays();
        if (until != null && !until.isAfter(today)) {
            check.violation("until", "notAfterToday", "must lie after today");
        } else if (until != null && until.isAfter(today.plusDays(most))) {
            check.violation("until", "pauseTooLong", "lies beyond the " + most + " days the creditor's rules allow, "
                    + "at most " + today.plusDays(most), most, today.plusDays(most));
        }
        check.throwIfInvalid();
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        if (row.status() == CaseStatus.DISPUTED) {
            throw ConflictException.coded("caseDisputed", "The claim is disputed: settle the dispute before a pause.");
        }
        if (plans.lockRunning(id).isPresent()) {
            throw ConflictException.coded("planRunning", "An instalment plan is running on this case already.");
        }
        if (deferrals.lockRunning(id).isPresent()) {
            throw ConflictException.coded("pauseRunning", "A payment pause is running on this case already.");
        }
        promises.lockOpen(id).ifPresent(p -> promises.resolve(p.id(), "REPLACED", today));
        DeferralRow pause = new DeferralRow(Ids.next(), id, row.creditorId(), today, until, reason, "RUNNING",
                clock.instant(), actor.label());
        deferrals.insert(pause);
        // no default interest while the claims are deferred: the pause's days get an interest period of their own
        pauseInterest.pauseStarts(id.value(), row.creditorId(), claimsOf(id), today, actor);
        limitation.add(id, row.creditorId(), new LimitationEvent.Deferral(today, until), clock.instant());
        if (row.status() == CaseStatus.OPEN) {
            cases.setStatus(id, CaseStatus.AGREEMENT);
        }
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "PAUSE", actor.label(),
                "Zahlungspause (Stundung) bis " + until + ": " + reason + "; die Verjährung ist so lange gehemmt "
                        + "(§ 205 BGB)"));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "pause.agreed", actor, null,
                Map.of("pause", pause.id().toString(), "until", until.toString(), "reason", reason)));
        // the debtor holds the pause in text form, with the day the amount is due again
        letters.queuePause(row, today, until, actor);
        priorities.refresh(id);
        return pause;
    }

    private List<de.kulant.claims.ClaimId> claimsOf(CaseId id) {
        return cases.members(id).stream().map(CaseStore.Member::claim).toList();
    }

    /** The case's pauses, newest first; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public List<DeferralRow> ofCase(CreditorId creditor, CaseId id) {
        cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        return deferrals.ofCase(id);
    }

    /** Ends the pauses whose last day lay before {@code today}: the cases resume. Returns how many. */
    int endDue(LocalDate today, CreditorRange range, int limit) {
        List<DeferralRow> ended = deferrals.lockEnded(today, range, limit);
        Map<CaseId, CaseRow> rows = cases.findAll(ended.stream().map(DeferralRow::caseId).toList());
        for (DeferralRow d : ended) {
            deferrals.end(d.id(), "ENDED", d.until());
            CaseRow row = rows.get(d.caseId());
            pauseInterest.pauseEnded(row.id().value(), row.creditorId(), claimsOf(row.id()), d.from(), d.until(),
                    Actor.system());
            if (promises.lockOpen(row.id()).isEmpty()) {
                waiting.resume(row);
            }
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PAUSE_ENDED",
                    Actor.system().label(), "Zahlungspause bis " + d.until() + " beendet; der Fall läuft weiter"));
        }
        priorities.refreshAll(rows.keySet());
        return ended.size();
    }
}
