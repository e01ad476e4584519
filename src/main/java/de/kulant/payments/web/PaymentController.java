package de.kulant.payments.web;

import de.kulant.claims.RefundToRecover;
import de.kulant.payments.BankStatements;
import de.kulant.payments.ManualMatching;
import de.kulant.payments.RefundList;
import de.kulant.payments.PaymentCursor;
import de.kulant.payments.PaymentPage;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentsProperties;
import de.kulant.payments.StatementId;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PayloadTooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The payments API of api.md. A creditor's key imports statements of its own account and sees its own
 * payments; staff import any account and see every payment.
 */
@RestController
@Tag(name = "Payments")
class PaymentController {

    private final BankStatements statements;
    private final ManualMatching manual;
    private final RefundList refundList;
    private final PaymentsProperties properties;
    private final MessageSource messages;

    PaymentController(BankStatements statements, ManualMatching manual, RefundList refundList,
                      PaymentsProperties properties, MessageSource messages) {
        this.statements = statements;
        this.refundList = refundList;
        this.manual = manual;
        this.properties = properties;
        this.messages = messages;
    }

    record AssignRequest(List<ShareInput> shares) {
    }

    record NoteRequest(String note) {
    }

    record ReturnOfRequest(UUID paymentId) {
    }

    @PostMapping(value = "/api/v1/bank-statements", consumes = {"application/xml", "text/xml", "text/plain",
            "application/octet-stream", "text/x-mt940"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a camt.052/053/054 or MT940 statement sent as the request body")
    PaymentJson.Statement importBody(HttpServletRequest request, Caller caller) throws IOException {
        if (request.getContentLengthLong() > properties.maxFileSize().toBytes()) {
            throw tooLarge();
        }
        return importStream(request.getInputStream(), null, caller);
    }

    @PostMapping(value = "/api/v1/bank-statements", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a statement sent as multipart field 'file'")
    PaymentJson.Statement importFile(@RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw tooLarge();
        }
        try (InputStream in = file.getInputStream()) {
            return importStream(in, file.getOriginalFilename(), caller);
        }
    }

    private PaymentJson.Statement importStream(InputStream in, String fileName, Caller caller) {
        return PaymentJson.Statement.of(statements.importStatement(scope(caller), in, fileName, caller.actor()),
                messages);
    }

    @GetMapping("/api/v1/payments/unmatched")
    @Operation(summary = "Credits and returns waiting for a person, newest first; sort by bookingDate or amount (a "
            + "leading '-' for descending); page with 'after' (the 'next' of the page before) or 'before' (the "
            + "'previous')")
    PaymentJson.PaymentPageJson unmatched(@RequestParam(required = false) String after,
                                          @RequestParam(required = false) String before,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size, Caller caller) {
        Position position = position(sort, after, before, page, size);
        return PaymentJson.PaymentPageJson.of(manual.unmatched(scope(caller), position.order(), position.after(),
                position.before(), position.page()), messages);
    }

    @GetMapping("/api/v1/payments")
    @Operation(summary = "Payments, newest first, filtered by status (comma-separated) and statementId; sort by "
            + "bookingDate or amount (a leading '-' for descending); page with 'after' (the 'next' of the page before) "
            + "or 'before' (the 'previous')")
    PaymentJson.PaymentPageJson list(@RequestParam(required = false) String status,
                                     @RequestParam(required = false) UUID statementId,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(required = false) String before,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size, Caller caller) {
        Position position = position(sort, after, before, page, size);
        return PaymentJson.PaymentPageJson.of(manual.list(scope(caller), statuses(status),
                statementId == null ? null : new StatementId(statementId), position.order(), position.after(),
                position.before(), position.page()), messages);
    }

    private record Position(ListOrder order, PaymentCursor after, PaymentCursor before, PageRequest page) {
    }

    /** Where a page starts: a position the list gave out, or a page number within the counted part of the list. */
    private static Position position(String sort, String after, String before, Integer page, Integer size) {
        InputCheck check = new InputCheck();
        ListOrder order = ManualMatching.listOrder().checked(check, sort);
        PaymentCursor afterCursor = cursor(check, "after", after, order);
        PaymentCursor beforeCursor = cursor(check, "before", before, order);
        PageRequest request = PageRequest.of(page, size);
        if ((afterCursor != null || beforeCursor != null) && request.page() > 0) {
            check.violation("page", "pageOrPosition", "give either page or after/before, not both");
        }
        if (request.offset() + request.size() > PaymentPage.COUNT_LIMIT) {
            check.violation("page", "pageBeyondCount", "page numbers reach " + PaymentPage.COUNT_LIMIT
                    + " payments; page further with 'after' (the 'next' of the page before)", PaymentPage.COUNT_LIMIT);
        }
        check.throwIfInvalid();
        return new Position(order, afterCursor, beforeCursor, request);
    }

    private static PaymentCursor cursor(InputCheck check, String field, String text, ListOrder order) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PaymentCursor.parse(text, order).orElseGet(() -> {
            check.violation(field, "cursorUnknown", "is not a position this list gave out; use the 'next' or "
                    + "'previous' of a page");
            return null;
        });
    }

    @GetMapping("/api/v1/payments/{id}")
    PaymentJson.Payment get(@PathVariable UUID id, Caller caller) {
        return PaymentJson.Payment.of(manual.find(scope(caller), id), messages);
    }

    @GetMapping("/api/v1/payments/{id}/suggestions")
    @Operation(summary = "Claims the payment may belong to, best first")
    List<PaymentJson.Candidate> suggestions(@PathVariable UUID id, Caller caller) {
        return manual.suggestions(scope(caller), id).stream().map(PaymentJson.Candidate::of).toList();
    }

    @PostMapping("/api/v1/payments/{id}/assign")
    @Operation(summary = "Book a waiting payment to claims: {shares: [{claimId, amount}]} adding up to the payment")
    PaymentJson.Payment assign(@PathVariable UUID id, @RequestBody AssignRequest request, Caller caller) {
        return PaymentJson.Payment.of(manual.assign(scope(caller), id, ShareInput.parseAll(request.shares(), new InputCheck()), caller.actor()), messages);
    }

    @PostMapping("/api/v1/payments/{id}/not-ours")
    @Operation(summary = "Mark a waiting payment as belonging to no claim; it goes to the refund list")
    PaymentJson.Payment notOurs(@PathVariable UUID id, @RequestBody NoteRequest request, Caller caller) {
        return PaymentJson.Payment.of(manual.notOurs(scope(caller), id, request.note(), caller.actor()), messages);
    }

    @PostMapping("/api/v1/payments/{id}/unassign")
    @Operation(summary = "Undo the booking of a payment ({note} required): its claims reopen, it waits to be assigned anew")
    PaymentJson.Payment unassign(@PathVariable UUID id, @RequestBody NoteRequest request, Caller caller) {
        return PaymentJson.Payment.of(manual.unassign(scope(caller), id, request.note(), caller.actor()), messages);
    }

    @GetMapping("/api/v1/payments/{id}/return-candidates")
    @Operation(summary = "For a waiting return: booked payments of the account it may take back, newest first; "
            + "q searches payer names or an amount")
    List<PaymentJson.Payment> returnCandidates(@PathVariable UUID id, @RequestParam(required = false) String q,
                                               Caller caller) {
        return manual.returnCandidates(scope(caller), id, q).stream().map(p -> PaymentJson.Payment.of(p, messages))
                .toList();
    }

    @PostMapping("/api/v1/payments/{id}/return-of")
    @Operation(summary = "Book a waiting return as taking back the booked payment {paymentId}; its claims reopen")
    PaymentJson.Payment returnOf(@PathVariable UUID id, @RequestBody ReturnOfRequest request, Caller caller) {
        return PaymentJson.Payment.of(manual.assignReturn(scope(caller), id, request.paymentId(), caller.actor()),
                messages);
    }

    @GetMapping("/api/v1/payments/refunds")
    @Operation(summary = "Payments that are not ours, debtors' credit balances and refunds to recover, each part a "
            + "page of size (default 100, at most 500) with its total, newest first or sorted by its own parameter "
            + "(notOursSort: bookingDate, amount; creditBalancesSort: bookingDate, amount; toRecoverSort: returnedOn, "
            + "amount; '-' for descending); a part continues with its own cursor (notOursAfter, creditBalancesAfter, "
            + "toRecoverAfter: the part's 'next')")
    Map<String, Object> refunds(@RequestParam(required = false) String notOursAfter,
                                @RequestParam(required = false) String creditBalancesAfter,
                                @RequestParam(required = false) String toRecoverAfter,
                                @RequestParam(required = false) String notOursSort,
                                @RequestParam(required = false) String creditBalancesSort,
                                @RequestParam(required = false) String toRecoverSort,
                                @RequestParam(required = false) Integer size, Caller caller) {
        int limit = PageRequest.of(0, size == null ? 100 : size).size();
        InputCheck check = new InputCheck();
        RefundList.RefundOrders orders = new RefundList.RefundOrders(
                ManualMatching.listOrder().checked(check, "notOursSort", notOursSort),
                RefundList.creditBalanceOrder().checked(check, "creditBalancesSort", creditBalancesSort),
                RefundList.refundToRecoverOrder().checked(check, "toRecoverSort", toRecoverSort));
        check.throwIfInvalid();
        RefundList.Refunds refunds = refundList.refunds(scope(caller), orders,
                new RefundList.RefundPositions(notOursAfter, creditBalancesAfter, toRecoverAfter), limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notOurs", refunds.notOurs().items().stream().map(p -> PaymentJson.Payment.of(p, messages)).toList());
        body.put("notOursTotal", refunds.notOurs().total());
        body.put("notOursNext", refunds.notOurs().next() == null ? null : refunds.notOurs().next().encode());
        body.put("creditBalances", refunds.creditBalances().items().stream().map(c -> Map.of(
                "id", c.id(), "claimId", c.claimId().value(), "invoiceNumber", c.invoiceNumber(),
                "debtorName", c.debtorName(), "amount", c.amount().toPlainString(),
                "bookingDate", c.bookingDate().toString())).toList());
        body.put("creditBalancesTotal", refunds.creditBalanceCount());
        body.put("creditBalancesNext", refunds.creditBalances().next());
        body.put("toRecover", refunds.toRecover().items().stream().map(ToRecoverJson::of).toList());
        body.put("toRecoverTotal", refunds.toRecoverCount());
        body.put("toRecoverNext", refunds.toRecover().next());
        return body;
    }

    record ToRecoverJson(UUID id, UUID claimId, String invoiceNumber, String debtorName, String amountToRecover,
                         LocalDate receivedOn, LocalDate returnedOn, UUID paymentId) {
        static ToRecoverJson of(RefundToRecover r) {
            return new ToRecoverJson(r.id(), r.claimId().value(), r.invoiceNumber(), r.debtorName(),
                    r.amount().toPlainString(), r.receivedOn(), r.returnedOn(), r.paymentId());
        }
    }

    record ResolveRequest(String note) {
    }

    @GetMapping("/api/v1/payments/needs-attention")
    @Operation(summary = "Refunds paid out of money the bank then returned: the amount to recover from the debtor; "
            + "pages of size (default 100, at most 500), a further page announced in the Link header (rel=\"next\")")
    List<ToRecoverJson> needsAttention(@RequestParam(required = false) String after,
                                       @RequestParam(required = false) Integer size, Caller caller,
                                       HttpServletRequest request, HttpServletResponse response) {
        int limit = PageRequest.of(0, size == null ? 100 : size).size();
        RefundList.Refunds refunds = refundList.refunds(scope(caller), RefundList.RefundOrders.DEFAULT,
                new RefundList.RefundPositions(null, null, after), limit);
        if (refunds.toRecover().next() != null) {
            response.setHeader(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("after", refunds.toRecover().next()).build().toUriString() + ">; rel=\"next\"");
        }
        return refunds.toRecover().items().stream().map(ToRecoverJson::of).toList();
    }

    @PostMapping("/api/v1/payments/needs-attention/{id}/resolve")
    @Operation(summary = "{note}: the amount was recovered or written off; it leaves the list")
    void resolve(@PathVariable UUID id, @RequestBody ResolveRequest request, Caller caller) {
        manual.resolveRefundToRecover(scope(caller), id, request.note(), caller.actor());
    }

    private static CreditorId scope(Caller caller) {
        return caller.creditor().orElse(null);
    }

    private static List<PaymentStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split(",")).map(s -> PaymentStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of " + Arrays.toString(PaymentStatus.values()));
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("A statement may have at most " + properties.maxFileSize().toMegabytes()
                + " MB.");
    }
}
