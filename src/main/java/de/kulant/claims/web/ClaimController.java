package de.kulant.claims.web;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimSort;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimHolds;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimIntake;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimRequest;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimsProperties;
import de.kulant.claims.HoldView;
import de.kulant.claims.IntakeResult;
import de.kulant.claims.PaymentResult;
import de.kulant.claims.PostingView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PayloadTooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The claims API of api.md for a creditor's API key, and the same under
 * {@code /api/v1/admin/creditors/{creditorId}/claims} for admins.
 */
@RestController
@RequestMapping({"/api/v1/claims", "/api/v1/admin/creditors/{creditorId}/claims"})
@Tag(name = "Claims")
class ClaimController {

    private final ClaimIntake intake;
    private final ClaimQueries queries;
    private final ClaimAccounting accounting;
    private final ClaimHolds holds;
    private final ClaimsProperties properties;
    private final Clock clock;

    ClaimController(ClaimIntake intake, ClaimQueries queries, ClaimAccounting accounting, ClaimHolds holds,
                    ClaimsProperties properties, Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.accounting = accounting;
        this.holds = holds;
        this.properties = properties;
        this.clock = clock;
    }

    record PaymentRequest(String amount, String bookingDate, String reference) {
    }

    record AllocationJson(String costs, String fees, String interest, String principal) {
    }

    record PaymentJson(UUID paymentId, AllocationJson allocation, String overpayment, String status) {
        static PaymentJson of(PaymentResult r) {
            var a = r.allocation();
            return new PaymentJson(r.payment().value(), new AllocationJson(a.costs().toPlainString(), a.fees().toPlainString(),
                    a.interest().toPlainString(), a.principal().toPlainString()), r.overpayment().toPlainString(),
                    r.status().name());
        }
    }

    record CreditNoteRequest(String amount, String date, String reason) {
    }

    record HoldRequest(String kind, String reason, String until) {
    }

    @PostMapping
    @Operation(summary = "Create a claim; the same invoice number with the same content again returns it with 200")
    ResponseEntity<ClaimJson> create(@RequestBody ClaimRequest request, Caller caller) {
        ClaimIntake.Created created = intake.createOne(caller.requireCreditor(), request, caller.actor());
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ClaimJson.of(created.claim()));
    }

    @PostMapping("/batch")
    @Operation(summary = "Create up to 10,000 claims at once, all or nothing")
    IntakeResult batch(@RequestBody List<ClaimRequest> requests, Caller caller) {
        return intake.createBatch(caller.requireCreditor(), requests, caller.actor());
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Import a CSV file (see README for the columns), all or nothing")
    IntakeResult importCsv(HttpServletRequest request, Caller caller) throws IOException {
        CreditorId creditor = caller.requireCreditor();
        if (request.getContentLengthLong() > properties.importMaxSize().toBytes()) {
            throw tooLarge();
        }
        return intake.importCsv(creditor, readLimited(request.getInputStream()), caller.actor());
    }

    @PostMapping(value = "/import", consumes = "multipart/form-data")
    @Operation(summary = "Import a CSV file sent as multipart field 'file'")
    IntakeResult importCsvFile(@RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        CreditorId creditor = caller.requireCreditor();
        try (InputStream in = file.getInputStream()) {
            return intake.importCsv(creditor, readLimited(in), caller.actor());
        }
    }

    /** A page of claims: {@code next} is the {@code after} of the following page, null on the last. */
    record ClaimPageJson(List<ClaimJson> items, int page, int size, long total, boolean totalExact,
                         String outstanding, String next, String previous) {
    }

    @GetMapping
    @Operation(summary = "List claims, due date newest first or in the order of 'sort' (dueDate, invoiceNumber, amount; "
            + "a leading '-' for descending); page with 'after' (the 'next' of the page before); "
            + "filters status, invoiceNumber, customerNumber, dueBefore")
    ClaimPageJson list(@RequestParam(required = false) String status,
                       @RequestParam(required = false) String invoiceNumber,
                       @RequestParam(required = false) String customerNumber,
                       @RequestParam(required = false) String dueBefore,
                       @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String after,
                       @RequestParam(required = false) String before,
                       @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size,
                       Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        InputCheck check = new InputCheck();
        ClaimStatus claimStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                claimStatus = ClaimStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.violation("status", "unknown status '" + status + "'");
            }
        }
        LocalDate due = check.date("dueBefore", dueBefore, false);
        ClaimSort order = ClaimSort.parse(sort).orElseGet(() -> {
            check.violation("sort", "sortUnknown", "sorts by dueDate, invoiceNumber or amount, with a leading '-' for "
                    + "descending");
            return ClaimSort.DUE_DATE_DESC;
        });
        ClaimCursor afterCursor = cursor(check, "after", after, order);
        ClaimCursor beforeCursor = cursor(check, "before", before, order);
        PageRequest pageRequest = PageRequest.of(page, size);
        if ((afterCursor != null || beforeCursor != null) && pageRequest.page() > 0) {
            check.violation("page", "pageOrPosition", "give either page or after/before, not both");
        }
        if (pageRequest.offset() + pageRequest.size() > ClaimListPage.COUNT_LIMIT) {
            check.violation("page", "pageBeyondCount", "page numbers reach " + ClaimListPage.COUNT_LIMIT
                    + " claims; page further with 'after' (the 'next' of the page before)", ClaimListPage.COUNT_LIMIT);
        }
        check.throwIfInvalid();
        ClaimFilter filter = ClaimFilter.forCreditor(creditor).withStatus(claimStatus)
                .withInvoiceNumber(blankToNull(invoiceNumber)).withCustomerNumber(blankToNull(customerNumber))
                .withDueBetween(null, due).withSort(order);
        ClaimListPage result = queries.page(filter, afterCursor, beforeCursor, pageRequest.offset(), pageRequest.size(),
                BusinessDates.today(clock));
        return new ClaimPageJson(result.items().stream().map(ClaimJson::of).toList(), pageRequest.page(),
                pageRequest.size(), result.total(), result.totalExact(),
                result.outstanding() == null ? null : result.outstanding().toPlainString(),
                result.next() == null ? null : result.next().encode(),
                result.previous() == null ? null : result.previous().encode());
    }

    private static ClaimCursor cursor(InputCheck check, String field, String text, ClaimSort order) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return ClaimCursor.parse(text).filter(cursor -> cursor.sort() == order).orElseGet(() -> {
            check.violation(field, "cursorUnknown", "is not a position this list gave out in this order; use the "
                    + "'next' or 'previous' of a page");
            return null;
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim with its balance as of a date (default today)")
    ClaimJson get(@PathVariable UUID id, @RequestParam(required = false) String asOf, Caller caller) {
        InputCheck check = new InputCheck();
        LocalDate date = check.date("asOf", asOf, false);
        check.throwIfInvalid();
        return queries.find(caller.requireCreditor(), new ClaimId(id), date == null ? BusinessDates.today(clock) : date)
                .map(ClaimJson::of).orElseThrow(() -> new NotFoundException("claim"));
    }

    @GetMapping("/{id}/ledger")
    @Operation(summary = "The claim's ledger postings, oldest first")
    List<Map<String, Object>> ledger(@PathVariable UUID id, Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        ClaimId claim = requireClaim(creditor, id);
        return queries.ledger(creditor, claim).stream().map(ClaimController::posting).toList();
    }

    record HistoryJson(String action, String actor, java.time.Instant at, String before, String after) {
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The claim's audit history, oldest first: who did what when, with the values before and after")
    List<HistoryJson> history(@PathVariable UUID id, Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        ClaimId claim = requireClaim(creditor, id);
        return queries.history(creditor, claim).stream()
                .map(e -> new HistoryJson(e.action(), e.actor(), e.occurredAt(), e.before(), e.after())).toList();
    }

    @PostMapping("/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a payment: allocated costs, fees, interest, principal; overpayment reported")
    PaymentJson pay(@PathVariable UUID id, @RequestBody PaymentRequest request, Caller caller) {
        InputCheck check = new InputCheck();
        Money amount = check.amount("amount", request.amount(), ClaimAccounting.MAXIMUM);
        LocalDate bookingDate = check.date("bookingDate", request.bookingDate(), true);
        check.throwIfInvalid();
        return PaymentJson.of(accounting.recordPayment(caller.requireCreditor(), new ClaimId(id), amount, bookingDate,
                request.reference(), caller.actor()));
    }

    @PostMapping("/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a credit note; one for the whole open principal cancels the claim")
    ClaimJson creditNote(@PathVariable UUID id, @RequestBody CreditNoteRequest request, Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        InputCheck check = new InputCheck();
        Money amount = check.amount("amount", request.amount(), ClaimAccounting.MAXIMUM);
        LocalDate date = check.date("date", request.date(), true);
        if (request.reason() == null || request.reason().isBlank()) {
            check.violation("reason", "is required");
        }
        check.throwIfInvalid();
        accounting.creditNote(creditor, new ClaimId(id), amount, date, request.reason(), caller.actor());
        return queries.find(creditor, new ClaimId(id), BusinessDates.today(clock)).map(ClaimJson::of).orElseThrow();
    }

    @PostMapping("/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put the claim on hold (no dunning) until lifted or until the given date")
    ClaimJson.HoldJson hold(@PathVariable UUID id, @RequestBody HoldRequest request, Caller caller) {
        HoldView hold = holds.place(caller.requireCreditor(), new ClaimId(id), request.kind(), request.reason(),
                request.until(), caller.actor());
        return ClaimJson.HoldJson.of(hold);
    }

    @DeleteMapping("/{id}/holds/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a hold")
    void lift(@PathVariable UUID id, @PathVariable UUID holdId, Caller caller) {
        holds.lift(caller.requireCreditor(), new ClaimId(id), holdId, caller.actor());
    }

    private ClaimId requireClaim(CreditorId creditor, UUID id) {
        ClaimId claim = new ClaimId(id);
        if (queries.find(creditor, claim, BusinessDates.today(clock)).isEmpty()) {
            throw new NotFoundException("claim");
        }
        return claim;
    }

    private byte[] readLimited(InputStream in) throws IOException {
        long max = properties.importMaxSize().toBytes();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw tooLarge();
        }
        return content;
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("A CSV import may have at most " + properties.importMaxSize().toMegabytes()
                + " MB; split the file.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> posting(PostingView p) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("id", p.id());
        json.put("kind", p.kind());
        json.put("bucket", p.bucket());
        json.put("amount", p.amount().toPlainString());
        json.put("bookingDate", p.bookingDate());
        json.put("periodFrom", p.periodFrom());
        json.put("periodTo", p.periodTo());
        json.put("reference", p.reference());
        json.put("note", p.note());
        json.put("source", p.source() == null ? null : p.source().kind().name());
        json.put("sourceId", p.source() == null ? null : p.source().id());
        return json;
    }
}
