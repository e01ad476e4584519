package de.kulant.collection;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStanding;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimsInCollection;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing cases: by a person with a reason and a text (a write-off books every open claim out), by itself when every
 * claim of the case is paid, and reopening by an admin with a reason. Each step is on the timeline and audited.
 */
@Service
public class CaseClosing {

    private final CaseStore cases;
    private final ActivityStore activities;
    private final ClaimQueries claims;
    private final ClaimAccounting accounting;
    private final ClaimsInCollection inCollection;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseClosing(CaseStore cases, ActivityStore activities, ClaimQueries claims, ClaimAccounting accounting,
                ClaimsInCollection inCollection, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.inCollection = inCollection;
        this.cases = cases;
        this.activities = activities;
        this.claims = claims;
        this.accounting = accounting;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void close(CreditorId creditor, CaseId id, String reason, String text, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, 20);
        String words = check.required("text", text, 2000);
        check.throwIfInvalid();
        CloseReason closeReason = reason(why);
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        LocalDate today = BusinessDates.today(clock);
        Map<ClaimId, ClaimStanding> standing = standing(row);
        if (closeReason == CloseReason.PAID && standing.values().stream().anyMatch(s -> !s.status().isClosed())) {
            throw ConflictException.coded("caseNotPaid", "The case still has open claims; it cannot be closed as paid.");
        }
        if (closeReason == CloseReason.WRITTEN_OFF) {
            for (ClaimStanding s : standing.values()) {
                if (!s.status().isClosed()) {
                    accounting.writeOff(row.creditorId(), s.id(), today, "Fall " + row.reference() + ": " + words, actor);
                }
            }
        }
        finish(row, closeReason, words, today, actor);
    }

    /** Closes the case as SETTLED: a settlement was paid by its day and the rest let go. */
    @Transactional
    public boolean closeSettled(CaseId id, String text, Actor actor) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        return row.status() != CaseStatus.CLOSED && finish(row, CloseReason.SETTLED, text, BusinessDates.today(clock),
                actor);
    }

    /** Closes the case as PAID when none of its claims is open any more (a payment, a credit note ended the last). */
    @Transactional
    public boolean closeIfSettled(CaseId id, Actor actor) {
        return closeIfEnded(id, CloseReason.WITHDRAWN, "Keine Forderung des Falls ist mehr offen.", actor);
    }

    /**
     * Closes the case when none of its claims is open any more: as PAID when all were paid, else with {@code reason}
     * and {@code text}.
     */
    @Transactional
    public boolean closeIfEnded(CaseId id, CloseReason reason, String text, Actor actor) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            return false;
        }
        Collection<ClaimStanding> standing = standing(row).values();
        if (standing.isEmpty() || standing.stream().anyMatch(s -> !s.status().isClosed())) {
            return false;
        }
        boolean allPaid = standing.stream().allMatch(s -> s.status() == ClaimStatus.PAID);
        return finish(row, allPaid ? CloseReason.PAID : reason, allPaid ? "Alle Forderungen sind bezahlt." : text,
                BusinessDates.today(clock), actor);
    }

    /**
     * The creditor withdraws a claim from collection: it goes back to the creditor, nothing more is sent about it, and
     * the case closes as WITHDRAWN when none of its claims is left in collection. Returns the case.
     */
    @Transactional
    public CaseId withdraw(CreditorId creditor, ClaimId claim, String reason, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, 500);
        check.throwIfInvalid();
        CaseRow row = cases.ofClaim(creditor, claim).orElseThrow(() -> new NotFoundException("claim in collection"));
        if (!inCollection.withdraw(creditor, claim, why, actor)) {
            throw ConflictException.coded("notInCollection", "The claim is no longer in collection.");
        }
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "CLAIM_WITHDRAWN", actor.label(),
                "Vom Gläubiger zurückgenommen: " + why));
        boolean anyLeft = standing(row).values().stream().anyMatch(s -> s.status() == ClaimStatus.COLLECTION);
        if (!anyLeft && row.status() != CaseStatus.CLOSED) {
            finish(row, CloseReason.WITHDRAWN, why, BusinessDates.today(clock), actor);
        }
        return row.id();
    }

    /** An admin opens a closed case again, with the reason why. */
    @Transactional
    public void reopen(CaseId id, String reason, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, 2000);
        check.throwIfInvalid();
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        try {
            if (!cases.reopen(id)) {
                throw ConflictException.coded("caseNotClosed", "The case is not closed.");
            }
        } catch (DuplicateKeyException e) {
            throw ConflictException.coded("debtorHasOpenCase", "The debtor has another open case at this creditor.");
        }
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "REOPENED", actor.label(), why));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "case.reopened", actor,
                Map.of("status", "CLOSED", "closeReason", String.valueOf(row.closeReason())),
                Map.of("status", "OPEN", "reason", why)));
    }

    /**
     * A case closed as paid whose payment the bank returned is open again by itself; if the debtor has another open
     * case meanwhile it stays closed, and the timeline says so.
     */
    public void reopenAfterReturn(CaseRow row, String why) {
        boolean reopened = cases.reopenUnlessAnotherIsOpen(row.id());
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "REOPENED", Actor.system().label(),
                reopened ? why : why + " – nicht wieder geöffnet, weil ein anderer Fall des Schuldners offen ist"));
        if (reopened) {
            audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(), "case.reopened", Actor.system(),
                    Map.of("status", "CLOSED", "closeReason", String.valueOf(row.closeReason())),
                    Map.of("status", "OPEN", "reason", why)));
        }
    }

    private boolean finish(CaseRow row, CloseReason reason, String text, LocalDate on, Actor actor) {
        if (!cases.close(row.id(), reason.name(), text, on)) {
            return false;
        }
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "CLOSED", actor.label(),
                reason.name() + ": " + text));
        audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(), "case.closed", actor,
                Map.of("status", row.status().name()), Map.of("status", "CLOSED", "reason", reason.name(), "text", text)));
        events.publishEvent(new CaseClosed(row.id(), row.creditorId(), reason, on));
        return true;
    }

    private Map<ClaimId, ClaimStanding> standing(CaseRow row) {
        List<ClaimId> ids = cases.members(row.id()).stream().map(CaseStore.Member::claim).toList();
        return claims.standing(row.creditorId(), ids, BusinessDates.today(clock));
    }

    private static CloseReason reason(String reason) {
        try {
            return CloseReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldViolation.coded("reason", "unknownValue",
                    "must be one of PAID, SETTLED, WITHDRAWN, UNCOLLECTIBLE, WRITTEN_OFF, INSOLVENCY, DECEASED",
                    reason.strip())));
        }
    }
}
