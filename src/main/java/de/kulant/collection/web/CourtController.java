package de.kulant.collection.web;

import de.kulant.collection.CaseId;
import de.kulant.collection.CourtApprovals;
import de.kulant.collection.CourtProcedures;
import de.kulant.collection.CourtProcedures.CourtDeadlines;
import de.kulant.collection.CreditBureau;
import de.kulant.collection.LimitationWatch;
import de.kulant.collection.internal.CourtStore.ProcedureRow;
import de.kulant.law.DunningCourt;
import de.kulant.law.LawInputException;
import de.kulant.platform.Caller;
import de.kulant.platform.InputCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The court path: the limitation watch list, the creditor's approval of court action, and payment orders. */
@RestController
@Tag(name = "Collection")
class CourtController {

    private static final String ONLY_STAFF = "only staff take claims to court";

    private static final Set<String> STATES = Set.of("PREPARED", "FILED", "SERVED", "OBJECTED", "ENFORCEMENT_APPLIED",
            "ENFORCEMENT_ORDER", "WITHDRAWN");

    private final LimitationWatch watch;
    private final CourtApprovals approvals;
    private final CourtProcedures procedures;
    private final CreditBureau bureau;

    CourtController(LimitationWatch watch, CourtApprovals approvals, CourtProcedures procedures, CreditBureau bureau) {
        this.bureau = bureau;
        this.watch = watch;
        this.approvals = approvals;
        this.procedures = procedures;
    }

    record ProcedureRequest(List<String> claimIds, String court, String fileOn) {
    }

    record StateRequest(String state, String on) {
    }

    record ProcedureJson(UUID id, UUID caseId, UUID creditorId, String court, String courtName, String state,
                         List<UUID> claims, LocalDate fileOn, String principal, String courtFee, String feeTable,
                         LocalDate filedOn, LocalDate servedOn, LocalDate objectedOn, LocalDate enforcementAppliedOn,
                         LocalDate enforcementOrderOn, LocalDate withdrawnOn, CourtDeadlines deadlines,
                         Instant createdAt, String createdBy, String document) {
        static ProcedureJson of(CourtProcedures.Procedure procedure) {
            ProcedureRow p = procedure.row();
            return new ProcedureJson(p.id(), p.caseId().value(), p.creditorId().value(), p.court(),
                    DunningCourt.valueOf(p.court()).title(), p.state(), p.claimIds().stream().map(c -> c.value())
                    .toList(), p.fileOn(), p.principal().toPlainString(), p.courtFee().toPlainString(), p.feeTable(),
                    p.filedOn(), p.servedOn(), p.objectedOn(), p.enforcementAppliedOn(), p.enforcementOrderOn(),
                    p.withdrawnOn(), procedure.deadlines(), p.createdAt(), p.createdBy(),
                    "/api/v1/court-procedures/" + p.id() + "/document");
        }
    }

    record WatchedJson(UUID claimId, UUID creditorId, String invoiceNumber, String debtorName, String outstanding,
                       LocalDate arisenOn, LocalDate endsOn, long daysLeft, boolean timeBarred, UUID caseId,
                       String caseReference, List<String> steps) {
        static WatchedJson of(LimitationWatch.Watched w) {
            return new WatchedJson(w.claimId().value(), w.creditorId().value(), w.invoiceNumber(), w.debtorName(),
                    w.outstanding().toPlainString(), w.arisenOn(), w.endsOn(), w.daysLeft(), w.timeBarred(),
                    w.caseId() == null ? null : w.caseId().value(), w.caseReference(), w.steps());
        }
    }

    record EligibilityJson(UUID caseId, String bureau, boolean eligible, boolean reportedAutomatically,
                           List<ClaimJson> claims) {
        record ClaimJson(UUID claimId, String invoiceNumber, boolean eligible, List<CreditBureau.Criterion> criteria) {
        }

        static EligibilityJson of(CreditBureau.Eligibility e) {
            return new EligibilityJson(e.caseId().value(), e.bureau(), e.eligible(), e.reportedAutomatically(),
                    e.claims().stream().map(c -> new ClaimJson(c.claimId().value(), c.invoiceNumber(), c.eligible(),
                            c.criteria())).toList());
        }
    }

    record CourtRequestJson(UUID id, UUID claimId, String status) {
    }

    @GetMapping("/api/v1/limitation-watch")
    @Operation(summary = "Open claims whose limitation ends within withinDays (default 90, at most 3660), soonest "
            + "first, time-barred ones at the top; staff see every creditor's, a creditor its own; at most size "
            + "(default 500, at most 2000) items, X-Total-Count tells how many matched")
    ResponseEntity<List<WatchedJson>> watch(@RequestParam(required = false) String withinDays,
                                                        @RequestParam(required = false) Integer size, Caller caller) {
        int most = size == null ? 500 : Math.max(1, Math.min(2000, size));
        LimitationWatch.WatchList list = watch.within(caller.creditor().orElse(null), withinDays, most);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(list.total())).body(list.items().stream().map(WatchedJson::of).toList());
    }

    @GetMapping("/api/v1/cases/{id}/credit-bureau")
    @Operation(summary = "Per claim of the case: whether it may be reported to the creditor's credit bureau (§31 Abs. 2 "
            + "BDSG criteria), each criterion met or not with its reason; Kulant never reports by itself")
    EligibilityJson creditBureau(@PathVariable UUID id, Caller caller) {
        return EligibilityJson.of(bureau.of(caller.creditor().orElse(null), new CaseId(id)));
    }

    @PostMapping("/api/v1/cases/{id}/court-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: ask the creditor to approve court action for the case's open claims; each waits in "
            + "its approvals as COURT until it answers")
    List<CourtRequestJson> request(@PathVariable UUID id, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return approvals.request(new CaseId(id), caller.actor()).stream()
                .map(a -> new CourtRequestJson(a.id(), a.claimId().value(), a.status())).toList();
    }

    @PostMapping("/api/v1/court-procedures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: the payment-order application for approved, undisputed, not time-barred claims of "
            + "one case, for the central dunning court of the creditor's seat (or court), filed on fileOn (today)")
    ProcedureJson create(@RequestBody(required = false) ProcedureRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        ProcedureRequest r = request == null ? new ProcedureRequest(null, null, null) : request;
        return ProcedureJson.of(procedures.create(r.claimIds(), r.court(), r.fileOn(), caller.actor()));
    }

    @GetMapping("/api/v1/court-procedures")
    @Operation(summary = "Payment-order procedures, newest first (at most 500); staff see all, a creditor its own")
    List<ProcedureJson> list(@RequestParam(required = false) UUID caseId, @RequestParam(required = false) String court,
                             @RequestParam(required = false) String state, Caller caller) {
        InputCheck check = new InputCheck();
        String courtCode = court == null || court.isBlank() ? null : courtCode(court, check);
        String wanted = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATES.contains(wanted)) {
            check.violation("state", "unknownValue", "must be one of " + String.join(", ", STATES.stream().sorted()
                    .toList()), state);
        }
        check.throwIfInvalid();
        return procedures.list(caller.creditor().orElse(null), caseId == null ? null : new CaseId(caseId), courtCode,
                wanted, 500).stream().map(ProcedureJson::of).toList();
    }

    @GetMapping("/api/v1/court-procedures/{id}")
    @Operation(summary = "One procedure with its deadlines after service (§§692, 699, 701 ZPO)")
    ProcedureJson get(@PathVariable UUID id, Caller caller) {
        return ProcedureJson.of(procedures.find(caller.creditor().orElse(null), id));
    }

    @GetMapping("/api/v1/court-procedures/{id}/document")
    @Operation(summary = "The application's data (JSON) as exported: parties, main claims, interest, ancillary "
            + "claims and the court fee")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller) {
        ProcedureRow p = procedures.find(caller.creditor().orElse(null), id).row();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mahnantrag-" + p.id() + ".json").build().toString())
                .body(p.document().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/court-procedures/filing-file")
    @Operation(summary = "Staff: one file per court with every application prepared and not filed yet")
    ResponseEntity<byte[]> filingFile(@RequestParam(required = false) String court, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        InputCheck check = new InputCheck();
        if (court == null || court.isBlank()) {
            check.violation("court", "required", "is required");
        }
        String code = court == null || court.isBlank() ? null : courtCode(court, check);
        check.throwIfInvalid();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mahnantraege-" + code.toLowerCase(Locale.ROOT) + ".json").build().toString())
                .body(procedures.filingFile(DunningCourt.valueOf(code)).getBytes(StandardCharsets.UTF_8));
    }

    @PutMapping("/api/v1/court-procedures/{id}/state")
    @Operation(summary = "Staff: record a step on its day: FILED, SERVED (limitation suspended, §204 BGB), OBJECTED "
            + "(the case goes to the dispute path), ENFORCEMENT_APPLIED, ENFORCEMENT_ORDER (title, 30 years) or "
            + "WITHDRAWN")
    ProcedureJson state(@PathVariable UUID id, @RequestBody(required = false) StateRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        StateRequest r = request == null ? new StateRequest(null, null) : request;
        return ProcedureJson.of(procedures.changeState(id, r.state(), r.on(), caller.actor()));
    }

    private static String courtCode(String text, InputCheck check) {
        try {
            return DunningCourt.parse("court", text).name();
        } catch (LawInputException e) {
            check.violation("court", "unknownValue", e.getMessage(), text.strip());
            return null;
        }
    }

}
