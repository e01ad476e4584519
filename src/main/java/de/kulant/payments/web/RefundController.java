package de.kulant.payments.web;

import de.kulant.payments.RefundTransfer;
import de.kulant.payments.RefundTransfers;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.ListOrder;
import de.kulant.platform.PageRequest;
import de.kulant.platform.SortColumns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Refunds paid back as SEPA credit transfer files (pain.001); a creditor's key sees its own account's only. */
@RestController
@Tag(name = "Payments")
class RefundController {

    private final RefundTransfers refunds;

    RefundController(RefundTransfers refunds) {
        this.refunds = refunds;
    }

    record CreateRequest(String accountIban) {
    }

    record ByHandRequest(UUID paymentId, UUID creditBalanceId, String note) {
    }

    record RefundJson(UUID paymentId, UUID creditBalanceId, String name, String iban, String amount,
                      LocalDate receivedOn, String remittance) {
        static RefundJson of(RefundTransfers.Refund r) {
            return new RefundJson(r.paymentId(), r.creditBalanceId(), r.name(), r.iban(), r.amount().toPlainString(),
                    r.receivedOn(), r.why());
        }
    }

    record DueJson(String accountIban, String total, List<RefundJson> payable, List<RefundJson> withoutIban) {
    }

    record TransferJson(UUID id, UUID creditorId, String accountIban, String messageId, int items, String total,
                        LocalDate executionDate, Instant createdAt, String createdBy, String documentUrl) {
        static TransferJson of(RefundTransfer t) {
            return new TransferJson(t.id(), t.creditorId() == null ? null : t.creditorId().value(), t.accountIban(),
                    t.messageId(), t.items(), t.total().toPlainString(), t.executionDate(), t.createdAt(),
                    t.createdBy(), "/api/v1/refund-transfers/" + t.id() + "/document");
        }
    }

    @GetMapping("/api/v1/refund-transfers/due")
    @Operation(summary = "Refunds due, per account they came in on: payable ones and those without the payer's IBAN")
    List<DueJson> due(Caller caller) {
        return refunds.due(scope(caller)).stream().map(d -> new DueJson(d.accountIban(), d.total().toPlainString(),
                d.payable().stream().map(RefundJson::of).toList(),
                d.withoutIban().stream().map(RefundJson::of).toList())).toList();
    }

    @PostMapping("/api/v1/refund-transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put every payable refund of {accountIban} into one pain.001 file; they leave the refund list")
    TransferJson create(@RequestBody CreateRequest request, Caller caller) {
        return TransferJson.of(refunds.create(scope(caller), request.accountIban(), caller.actor()));
    }

    @PostMapping("/api/v1/refund-transfers/paid-by-hand")
    @Operation(summary = "A refund paid back outside a transfer file: {paymentId or creditBalanceId, note}; it leaves "
            + "the refund list")
    void paidByHand(@RequestBody ByHandRequest request, Caller caller) {
        refunds.paidByHand(scope(caller), request.paymentId(), request.creditBalanceId(), request.note(),
                caller.actor());
    }

    @GetMapping("/api/v1/refund-transfers")
    @Operation(summary = "Refund transfer files made, newest first or by sort (createdAt, items, total; '-' for "
            + "descending), in pages of size (default 100, at most 500); a further page is announced in the Link header "
            + "(rel=\"next\")")
    List<TransferJson> list(@RequestParam(required = false) String sort, @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer size, Caller caller, HttpServletRequest request,
                            HttpServletResponse response) {
        InputCheck check = new InputCheck();
        ListOrder order = RefundTransfers.listOrder().checked(check, sort);
        check.throwIfInvalid();
        SortColumns.Keyed<RefundTransfer> page = refunds.transferPage(scope(caller), order, after,
                PageRequest.of(0, size == null ? 100 : size).size());
        if (page.next() != null) {
            response.setHeader(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("after", page.next()).build().toUriString() + ">; rel=\"next\"");
        }
        return page.items().stream().map(TransferJson::of).toList();
    }

    @GetMapping("/api/v1/refund-transfers/{id}")
    TransferJson get(@PathVariable UUID id, Caller caller) {
        return TransferJson.of(refunds.transfer(scope(caller), id));
    }

    @GetMapping("/api/v1/refund-transfers/{id}/document")
    @Operation(summary = "The pain.001.001.09 file as it was made, to hand to the bank")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller) {
        return download(refunds.file(scope(caller), id));
    }

    static ResponseEntity<byte[]> download(RefundTransfers.TransferFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.transfer().messageId() + ".xml").build().toString())
                .body(file.document().getBytes(StandardCharsets.UTF_8));
    }

    private static CreditorId scope(Caller caller) {
        return caller.creditor().orElse(null);
    }
}
