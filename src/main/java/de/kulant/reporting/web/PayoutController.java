package de.kulant.reporting.web;

import de.kulant.creditors.Creditors;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import de.kulant.reporting.PayoutRun;
import de.kulant.reporting.PayoutRuns;
import de.kulant.reporting.PayoutStatement;
import de.kulant.reporting.PayoutStatements;
import de.kulant.reporting.StatementAmounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

/** Settlement statements (a shop its own, staff all) and, for admins, the settlement runs with their payout files. */
@RestController
@Tag(name = "Settlements")
class PayoutController {

    private final PayoutStatements statements;
    private final PayoutRuns runs;
    private final Creditors creditors;

    PayoutController(PayoutStatements statements, PayoutRuns runs, Creditors creditors) {
        this.statements = statements;
        this.runs = runs;
        this.creditors = creditors;
    }

    record StatementJson(UUID id, String number, String period, LocalDate periodEnd, UUID creditorId, int lineCount,
                         String collected, String principal, String interest, String fees, String costs,
                         String commissionBase, String commissionPercent, String commission, String vatPercent,
                         String vat, String carriedIn, String payout, String carriedOut, String payeeIban,
                         String endToEndId, Instant issuedAt, List<LineJson> lines) {

        static StatementJson of(PayoutStatement s, List<LineJson> lines) {
            StatementAmounts a = s.amounts();
            return new StatementJson(s.id(), s.number(), s.period().toString(), s.periodEnd(), s.creditor().value(),
                    s.lines(), a.collected().toPlainString(), a.principal().toPlainString(),
                    a.interest().toPlainString(), a.fees().toPlainString(), a.costs().toPlainString(),
                    a.commissionBase().toPlainString(), a.commissionPercent().toPlainString(),
                    a.commission().toPlainString(), a.vatPercent().toPlainString(), a.vat().toPlainString(),
                    a.carriedIn().toPlainString(), a.payout().toPlainString(), a.carriedOut().toPlainString(),
                    s.payeeIban(), s.endToEndId(), s.issuedAt(), lines);
        }
    }

    record LineJson(UUID claimId, UUID paymentId, String invoiceNumber, LocalDate paidOn, String principal,
                    String interest, String fees, String costs, String amount, boolean commissionable) {

        static LineJson of(PayoutStatements.Line line) {
            var c = line.collected();
            return new LineJson(c.claim().value(), c.payment().value(), c.invoiceNumber(), c.paidOn(),
                    c.principal().toPlainString(), c.interest().toPlainString(), c.fees().toPlainString(),
                    c.costs().toPlainString(), c.total().toPlainString(), line.commissionable());
        }
    }

    record RunRequest(String month) {
    }

    record RunJson(UUID id, int number, String period, int statements, int payouts, String payoutTotal,
                   String payoutFile, Instant createdAt, String createdBy) {

        static RunJson of(PayoutRun r) {
            return new RunJson(r.id(), r.number(), r.period().toString(), r.statements(), r.payouts(),
                    r.payoutTotal().toPlainString(), r.messageId() == null ? null
                    : "/api/v1/admin/settlement-runs/" + r.id() + "/payout-file", r.createdAt(), r.createdBy());
        }
    }

    @GetMapping("/api/v1/settlement-statements")
    @Operation(summary = "Settlement statements, newest first: a shop's own; staff all or one creditor's (creditorId). "
            + "Pages of size (default 50) by keyset, a further page announced in the Link header (rel=\"next\")")
    List<StatementJson> list(@RequestParam(required = false) UUID creditorId, @RequestParam(required = false) String after,
                             @RequestParam(required = false) Integer size, Caller caller, HttpServletRequest request,
                             HttpServletResponse response) {
        CreditorId scope = caller.creditor().orElse(null);
        if (creditorId != null) {
            CreditorId asked = new CreditorId(creditorId);
            if ((scope != null && !scope.equals(asked)) || !creditors.exists(asked)) {
                throw new NotFoundException("creditor");
            }
            scope = asked;
        }
        int limit = size == null || size < 1 ? 50 : Math.min(size, PageRequest.MAX_SIZE);
        List<PayoutStatement> page = statements.list(scope, after, limit + 1);
        if (page.size() > limit) {
            page = page.subList(0, limit);
            String next = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("after", page.get(limit - 1).number()).build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.stream().map(s -> StatementJson.of(s, null)).toList();
    }

    @GetMapping("/api/v1/settlement-statements/{id}")
    @Operation(summary = "One statement with its lines: per claim and payment what was collected, by bucket")
    StatementJson get(@PathVariable UUID id, Caller caller) {
        PayoutStatement s = statements.find(caller.creditor().orElse(null), id);
        return StatementJson.of(s, statements.lines(s).stream().map(LineJson::of).toList());
    }

    @GetMapping("/api/v1/settlement-statements/{id}/document")
    @Operation(summary = "The statement as PDF/A")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller, Locale locale) {
        PayoutStatement s = statements.find(caller.creditor().orElse(null), id);
        return file(statements.document(s, locale), MediaType.APPLICATION_PDF, s.number() + ".pdf");
    }

    @GetMapping("/api/v1/settlement-statements/{id}/csv")
    @Operation(summary = "The statement as CSV (semicolons, UTF-8): one LINE row per claim and payment, then its sums")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Caller caller) {
        PayoutStatement s = statements.find(caller.creditor().orElse(null), id);
        return file(statements.csv(s).getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv",
                StandardCharsets.UTF_8), s.number() + ".csv");
    }

    @PostMapping("/api/v1/admin/settlement-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admin: settle a month that is over: a statement per shop and one pain.001.001.09 payout file")
    RunJson run(@RequestBody(required = false) RunRequest request, Caller caller) {
        return RunJson.of(runs.run(request == null ? null : request.month(), caller.actor()).run());
    }

    @GetMapping("/api/v1/admin/settlement-runs")
    @Operation(summary = "Admin: the latest settlement runs, newest first")
    List<RunJson> runs() {
        return statements.runs(100).stream().map(RunJson::of).toList();
    }

    @GetMapping("/api/v1/admin/settlement-runs/{id}/payout-file")
    @Operation(summary = "Admin: the run's payout file (pain.001.001.09) as made")
    ResponseEntity<byte[]> payoutFile(@PathVariable UUID id) {
        PayoutRun run = statements.run(id);
        return file(statements.payoutDocument(id).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML,
                run.messageId() + ".xml");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
