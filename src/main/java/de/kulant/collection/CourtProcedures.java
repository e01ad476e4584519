package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.claims.HoldKind;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CourtStore;
import de.kulant.collection.internal.CourtStore.ProcedureRow;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.law.CourtFees;
import de.kulant.law.DunningCourt;
import de.kulant.law.LawInputException;
import de.kulant.law.LimitationEvent;
import de.kulant.law.LimitationResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payment orders (Mahnverfahren, §§688 ff. ZPO) for claims the creditor approved: the application's data for the
 * central dunning court of the creditor's seat, then the procedure's days as staff record them — filed, served
 * (limitation suspended, §204 Abs. 1 Nr. 3 BGB), objected (the case goes to the dispute path), enforcement order
 * applied for and issued (a title: 30 years, §197 Abs. 1 Nr. 3 BGB) — with the ZPO's two-week and six-month deadlines.
 */
@Service
public class CourtProcedures {

    /** The next steps' days: objection possible through {@code objectionEnds} (§692 Abs. 1 Nr. 3 ZPO), enforcement
     * order applied for from {@code enforcementFrom} (§699 Abs. 1 Satz 2) and by {@code enforcementBy} (§701 ZPO). */
    public record CourtDeadlines(LocalDate objectionEnds, LocalDate enforcementFrom, LocalDate enforcementBy) {
    }

    /** A procedure with its deadlines; null deadlines before service. */
    public record Procedure(ProcedureRow row, CourtDeadlines deadlines) {
    }

    private static final int MOST_CLAIMS = 50;

    private final CaseStore cases;
    private final CourtStore court;
    private final CaseFacts facts;
    private final DisputeStore disputeStore;
    private final Disputes disputes;
    private final LimitationStore limitation;
    private final Creditors creditors;
    private final CollectionProperties properties;
    private final CurrentLaw law;
    private final ActivityStore activities;
    private final CasePriorities priorities;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    CourtProcedures(CaseStore cases, CourtStore court, CaseFacts facts, DisputeStore disputeStore, Disputes disputes,
                    LimitationStore limitation, Creditors creditors, CollectionProperties properties, CurrentLaw law,
                    ActivityStore activities, CasePriorities priorities, AuditTrail audit, JsonMapper json,
                    Clock clock) {
        this.cases = cases;
        this.court = court;
        this.facts = facts;
        this.disputeStore = disputeStore;
        this.disputes = disputes;
        this.limitation = limitation;
        this.creditors = creditors;
        this.properties = properties;
        this.law = law;
        this.activities = activities;
        this.priorities = priorities;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Staff: one application for claims of one case, to be filed on {@code fileOnText} (today when empty). Refused,
     * with nothing stored, for a claim not approved, disputed, time-barred by then, closed or already before a court.
     */
    @Transactional
    public Procedure create(List<String> claimTexts, String courtText, String fileOnText, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = new InputCheck();
        LocalDate fileOn = fileOnText == null || fileOnText.isBlank() ? today : check.date("fileOn", fileOnText, false);
        if (fileOn != null && fileOn.isBefore(today)) {
            check.violation("fileOn", "past", "must not lie in the past");
        }
        Set<ClaimId> ids = claimIds(claimTexts, check);
        DunningCourt chosen = null;
        if (courtText != null && !courtText.isBlank()) {
            try {
                chosen = DunningCourt.parse("court", courtText);
            } catch (LawInputException e) {
                check.violation("court", "unknownValue", e.getMessage(), courtText.strip());
            }
        }
        check.throwIfInvalid();
        CaseRow row = cases.ofClaim(null, ids.iterator().next()).orElseThrow(() -> new NotFoundException("claim"));
        row = cases.lock(null, row.id()).orElseThrow(() -> new NotFoundException("case"));
        List<ClaimView> members = facts.claims(row, fileOn);
        List<ClaimView> chosenClaims = members.stream().filter(c -> ids.contains(c.id())).toList();
        if (chosenClaims.size() != ids.size()) {
            check.violation("claimIds", "courtOneCase", "all claims of one application must belong to the case "
                    + row.reference() + " (one debtor, one creditor)", row.reference().value());
            check.throwIfInvalid();
        }
        refuseUnfit(row, chosenClaims, fileOn, check);
        check.throwIfInvalid();
        Creditor creditor = creditors.find(row.creditorId()).orElseThrow(() -> new NotFoundException("creditor"));
        DunningCourt target = chosen != null ? chosen : DunningCourt.forApplicant(creditor.address().country(),
                creditor.address().postalCode()).orElse(null);
        if (target == null) {
            check.violation("court", "courtUnknown", "the central dunning court cannot be told from the creditor's "
                    + "postal code " + creditor.address().postalCode() + "; name it", creditor.address().postalCode());
            check.throwIfInvalid();
        }
        CourtApplication application = CourtApplication.of(target, fileOn, creditor, properties.agency(),
                chosenClaims);
        ProcedureRow procedure = new ProcedureRow(Ids.next(), row.id(), row.creditorId(), target.name(), "PREPARED",
                fileOn, Money.eur(application.totals().principal()), Money.eur(application.courtFee().fee()),
                application.courtFee().table(), json.writeValueAsString(application), null, null, null, null, null,
                null, clock.instant(), actor.label(), List.copyOf(ids));
        court.insertProcedure(procedure);
        cases.setStatus(row.id(), CaseStatus.COURT);
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "COURT_PREPARED",
                actor.label(), "Antrag auf Mahnbescheid vorbereitet für " + target.title() + ": Hauptforderung "
                        + application.totals().principal() + " EUR, Gerichtskosten " + application.courtFee().fee()
                        + " EUR; alle automatischen Schritte ruhen"));
        audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(), "court.prepared", actor, null,
                Map.of("procedure", procedure.id().toString(), "court", target.name(),
                        "claims", String.valueOf(ids.size()))));
        priorities.refresh(row.id());
        return new Procedure(procedure, null);
    }

    private static Set<ClaimId> claimIds(List<String> texts, InputCheck check) {
        Set<ClaimId> ids = new LinkedHashSet<>();
        if (texts == null || texts.isEmpty()) {
            check.violation("claimIds", "required", "is required");
            return ids;
        }
        if (texts.size() > MOST_CLAIMS) {
            check.violation("claimIds", "courtTooManyClaims", "at most " + MOST_CLAIMS + " claims in one application",
                    MOST_CLAIMS);
            return ids;
        }
        for (int i = 0; i < texts.size(); i++) {
            try {
                ids.add(new ClaimId(UUID.fromString(texts.get(i).strip())));
            } catch (IllegalArgumentException | NullPointerException e) {
                check.violation("claimIds[" + i + "]", "claimIdInvalid", "is not a claim id", String.valueOf(texts.get(i)));
            }
        }
        return ids;
    }

    private void refuseUnfit(CaseRow row, List<ClaimView> claims, LocalDate fileOn, InputCheck check) {
        List<ClaimId> ids = claims.stream().map(ClaimView::id).toList();
        Map<ClaimId, String> approved = court.approvalOf(ids);
        Set<ClaimId> active = court.activeAmong(ids);
        boolean caseDisputed = disputeStore.anyOpen(row.id());
        List<LimitationEvent> events = limitation.eventsOf(List.of(row.id())).getOrDefault(row.id(), List.of());
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            String field = "claimIds[" + i + "]";
            LimitationResult end = CaseLimitations.endOf(law, c, events);
            if (c.status().isClosed() || !c.balance().principal().isPositive()) {
                check.violation(field, "courtNothingOpen", "invoice " + c.invoiceNumber() + " has no open principal",
                        c.invoiceNumber());
            } else if (caseDisputed || c.holds().stream().anyMatch(h -> h.kind() == HoldKind.DISPUTE)) {
                check.violation(field, "courtDisputed", "invoice " + c.invoiceNumber() + " is disputed: a court is "
                        + "asked only for undisputed claims", c.invoiceNumber());
            } else if (end.endsOn() != null && end.endsOn().isBefore(fileOn)) {
                check.violation(field, "courtTimeBarred", "invoice " + c.invoiceNumber() + " is time-barred since "
                        + end.endsOn().plusDays(1) + " (§214 BGB)", c.invoiceNumber(), end.endsOn().plusDays(1));
            } else if (!"APPROVED".equals(approved.get(c.id()))) {
                check.violation(field, "courtNotApproved", "the creditor has not approved court action for invoice "
                        + c.invoiceNumber(), c.invoiceNumber());
            } else if (active.contains(c.id())) {
                check.violation(field, "courtActive", "invoice " + c.invoiceNumber() + " is before a court already",
                        c.invoiceNumber());
            }
        }
    }

    /** Records a step of the procedure on the day it happened; a step out of order or on an impossible day is refused. */
    @Transactional
    public Procedure changeState(UUID id, String stateText, String onText, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = new InputCheck();
        String state = check.required("state", stateText, 30);
        LocalDate on = check.date("on", onText, true);
        if (on != null && on.isAfter(today)) {
            check.violation("on", "future", "must not lie in the future");
        }
        check.throwIfInvalid();
        ProcedureRow p = court.find(null, id, true).orElseThrow(() -> new NotFoundException("court procedure"));
        CourtSteps.Step step = CourtSteps.check(p, state.strip().toUpperCase(Locale.ROOT), on,
                deadlinesOf(p), check);
        check.throwIfInvalid();
        court.setState(p.id(), step.state(), step.dateColumn(), on);
        CaseRow row = cases.lock(null, p.caseId()).orElseThrow(() -> new NotFoundException("case"));
        applyToCase(p, row, step.state(), on, actor);
        activities.add(p.creditorId(), ActivityStore.entry(p.caseId(), clock.instant(), "COURT_" + step.state(),
                actor.label(), step.text(on)));
        audit.record(new AuditEntry(p.creditorId(), "case", p.caseId().toString(), "court.state", actor, null,
                Map.of("procedure", p.id().toString(), "state", step.state(), "on", on.toString())));
        priorities.refresh(p.caseId());
        return find(null, id);
    }

    private void applyToCase(ProcedureRow p, CaseRow row, String state, LocalDate on, Actor actor) {
        switch (state) {
            case "FILED" -> refileIfTableChanged(p, on);
            // §167 ZPO: service soon after filing takes effect from the filing day
            case "SERVED" -> limitation.add(p.caseId(), p.creditorId(),
                    new LimitationEvent.CourtDunningApplication(p.filedOn(), null), clock.instant());
            case "OBJECTED" -> {
                // §204 Abs. 2 Satz 3 BGB: a procedure nobody pursues ends with its last step
                limitation.endCourt(p.caseId(), p.filedOn(), on);
                if (row.status() != CaseStatus.CLOSED) {
                    disputes.open(null, p.caseId(), "OTHER", "Widerspruch gegen den Mahnbescheid vom "
                            + p.filedOn() + ", eingelegt am " + on + " (§694 ZPO)", actor);
                }
            }
            case "ENFORCEMENT_ORDER" -> {
                // the order ends the dunning procedure (§204 Abs. 2 BGB) and is a title (§197 Abs. 1 Nr. 3 BGB)
                limitation.endCourt(p.caseId(), p.filedOn(), on);
                limitation.add(p.caseId(), p.creditorId(), new LimitationEvent.Title(on), clock.instant());
            }
            case "WITHDRAWN" -> {
                if (p.filedOn() != null) {
                    limitation.endCourt(p.caseId(), p.filedOn(), on);
                }
                if (row.status() == CaseStatus.COURT) {
                    cases.setStatus(row.id(), disputeStore.anyOpen(row.id()) ? CaseStatus.DISPUTED : CaseStatus.OPEN);
                }
            }
            default -> {
            }
        }
    }

    private void refileIfTableChanged(ProcedureRow p, LocalDate filedOn) {
        CourtFees.Fee fee = CourtFees.paymentOrder(p.principal(), filedOn);
        if (!fee.table().equals(p.feeTable()) || !filedOn.equals(p.fileOn())) {
            CourtApplication planned = json.readValue(p.document(), CourtApplication.class);
            CourtApplication filed = new CourtApplication(planned.format(), planned.court(), filedOn,
                    planned.applicant(), planned.representative(), planned.respondent(), planned.mainClaims(),
                    planned.interest(), planned.ancillary(), new CourtApplication.CourtFee(
                    fee.value().toPlainString(), fee.oneFee().toPlainString(), fee.fee().toPlainString(), fee.table(),
                    fee.minimumApplied(), planned.courtFee().basis()), planned.totals().withCourtFee(fee.fee()));
            court.refile(p.id(), fee.fee(), fee.table(), json.writeValueAsString(filed));
        }
    }

    /** The procedure; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public Procedure find(CreditorId creditor, UUID id) {
        ProcedureRow p = court.find(creditor, id, false).orElseThrow(() -> new NotFoundException("court procedure"));
        return new Procedure(p, deadlinesOf(p));
    }

    /** Procedures, newest first, at most {@code limit}; each filter null for any. */
    @Transactional(readOnly = true)
    public List<Procedure> list(CreditorId creditor, CaseId caseId, String courtCode, String state, int limit) {
        return court.list(creditor, caseId, courtCode, state, limit).stream()
                .map(p -> new Procedure(p, deadlinesOf(p))).toList();
    }

    /** Staff: one court's file of every application prepared and not filed yet, as a JSON array. */
    @Transactional(readOnly = true)
    public String filingFile(DunningCourt target) {
        List<String> documents = new ArrayList<>();
        court.list(null, null, target.name(), "PREPARED", 10_000).forEach(p -> documents.add(p.document()));
        return "{\"court\":" + json.writeValueAsString(new CourtApplication.Court(target.name(), target.title()))
                + ",\"applications\":[" + String.join(",", documents) + "]}";
    }

    CourtDeadlines deadlinesOf(ProcedureRow p) {
        if (p.servedOn() == null) {
            return null;
        }
        return CourtSteps.deadlines(law.deadlines(), DunningCourt.valueOf(p.court()), p.servedOn());
    }
}
