package de.kulant.payments.web;

import de.kulant.claims.ClaimId;
import de.kulant.claims.MatchCandidate;
import de.kulant.creditors.CreditorChoices;
import de.kulant.payments.BankStatements;
import de.kulant.payments.ManualMatching;
import de.kulant.payments.PaymentCursor;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentPage;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentView;
import de.kulant.payments.PaymentsProperties;
import de.kulant.payments.RefundList;
import de.kulant.payments.RefundTransfer;
import de.kulant.payments.RefundTransfers;
import de.kulant.payments.StatementId;
import de.kulant.payments.StatementImport;
import de.kulant.payments.StatementView;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PayloadTooLargeException;
import de.kulant.platform.SortColumns;
import de.kulant.platform.web.ListLinks;
import de.kulant.platform.web.SortLinks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff UI of payments: statement upload with its result, the queue of payments waiting for a person with
 * suggestions, claim search and split, "not ours", and the refund list.
 */
@Controller
class PaymentPages {

    private static final int PAGE_SIZE = 100;

    private final BankStatements statements;
    private final ManualMatching manual;
    private final RefundList refundList;
    private final CreditorChoices choices;
    private final PaymentsProperties properties;
    private final RefundTransfers refundTransfers;

    PaymentPages(BankStatements statements, ManualMatching manual, RefundList refundList, CreditorChoices choices,
                 PaymentsProperties properties, RefundTransfers refundTransfers) {
        this.refundList = refundList;
        this.choices = choices;
        this.refundTransfers = refundTransfers;
        this.statements = statements;
        this.manual = manual;
        this.properties = properties;
    }

    @GetMapping("/payments")
    String overview(@RequestParam(required = false) String creditor, @RequestParam(required = false) String creditorSearch,
                    @RequestParam(required = false) String after,
                    @RequestParam(required = false) String before, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String statementsAfter,
                    @RequestParam(required = false) String statementsSort, Model model) {
        CreditorId scope = creditorOf(creditor);
        model.addAttribute("counts", statements.counts(scope));
        model.addAttribute("statuses", PaymentStatus.values());
        ListOrder order = ManualMatching.listOrder().orderOrDefault(sort);
        PaymentPage queue = manual.unmatched(scope, order, cursor(after, order), cursor(before, order),
                PageRequest.of(0, PAGE_SIZE));
        model.addAttribute("queue", queue);
        ListOrder statementOrder = BankStatements.listOrder().orderOrDefault(statementsSort);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("creditor", scope == null ? "" : scope.toString());
        Map<String, String> queueFilters = new LinkedHashMap<>(filters);
        queueFilters.put("statementsSort", statementOrder.equals(BankStatements.listOrder().defaultOrder()) ? ""
                : statementOrder.param());
        SortLinks sorting = new SortLinks("/payments", queueFilters, ManualMatching.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("pager", Pager.of("/payments", sorted(queueFilters, sorting), queue, page,
                after != null || before != null));
        filters.put("sort", sorting.param());
        addStatements(model, scope, new SortLinks("/payments", filters, BankStatements.listOrder(), statementOrder,
                "statementsSort"), statementsAfter);
        addCreditors(model, scope, creditorSearch);
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        return "payments/overview";
    }

    /** The statements panel under the queue: its own order and pages, keeping the queue's filters and order. */
    private void addStatements(Model model, CreditorId scope, SortLinks sorting, String after) {
        SortColumns.Keyed<StatementView> imported = statements.statementPage(scope, sorting.order(), after, 20);
        model.addAttribute("statements", imported.items());
        model.addAttribute("statementSorting", sorting);
        model.addAttribute("statementsExportQuery", sorting.query("/payments").build().getQuery());
        model.addAttribute("statementsPager", ListLinks.of(sorting.query("/payments"), "statementsAfter", after,
                imported.next()));
    }

    @PostMapping("/payments/upload")
    String upload(@RequestParam("file") MultipartFile file, Caller caller, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of(FieldViolation.coded("file", "chooseFile", "choose a statement file")));
            return "redirect:/payments";
        }
        try (InputStream in = file.getInputStream()) {
            StatementImport result = statements.importStatement(null, in, file.getOriginalFilename(), caller.actor());
            return "redirect:/payments/statements/" + result.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("fileName", file.getOriginalFilename());
            return "redirect:/payments";
        } catch (PayloadTooLargeException e) {
            redirect.addFlashAttribute("errors", List.of(FieldViolation.coded("file", "fileTooLarge", e.getMessage(),
                    properties.maxFileSize().toMegabytes())));
            return "redirect:/payments";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("file"));
            return "redirect:/payments";
        }
    }

    @GetMapping("/payments/statements/{id}")
    String statement(@PathVariable UUID id, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
                     Model model) {
        PaymentStatus chosen = statusOf(status);
        StatementId statement = new StatementId(id);
        model.addAttribute("statement", statements.statement(null, statement));
        ListOrder order = ManualMatching.listOrder().orderOrDefault(sort);
        PaymentPage payments = manual.list(null, chosen == null ? List.of() : List.of(chosen), statement, order,
                cursor(after, order), cursor(before, order), PageRequest.of(0, PAGE_SIZE));
        model.addAttribute("payments", payments);
        model.addAttribute("statuses", PaymentStatus.values());
        model.addAttribute("selectedStatus", chosen == null ? "" : chosen.name());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", chosen == null ? "" : chosen.name());
        SortLinks sorting = new SortLinks("/payments/statements/" + id, filters, ManualMatching.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("pager", Pager.of("/payments/statements/" + id, sorted(filters, sorting), payments, page,
                after != null || before != null));
        model.addAttribute("creditorNames", creditorNames());
        return "payments/statement";
    }

    @GetMapping("/payments/{id}")
    String payment(@PathVariable UUID id, Model model) {
        PaymentView payment = manual.find(null, id);
        boolean waiting = payment.status() == PaymentStatus.UNMATCHED;
        return page(payment, waiting && payment.kind() == PaymentKind.CREDIT ? manual.suggestions(null, id) : List.of(),
                Map.of(), model);
    }

    /** The payment page with the split's rows and what was typed into them (empty on a first visit). */
    private String page(PaymentView payment, List<MatchCandidate> rows, Map<String, String> typed, Model model) {
        boolean waiting = payment.status() == PaymentStatus.UNMATCHED;
        model.addAttribute("payment", payment);
        model.addAttribute("suggestions", rows);
        model.addAttribute("typed", typed);
        model.addAttribute("originals", waiting && payment.kind() == PaymentKind.RETURN
                ? manual.returnCandidates(null, payment.id(), null) : List.of());
        model.addAttribute("creditorNames", creditorNames());
        return "payments/payment";
    }

    /** Claims found by the search box, as rows to add to the split form; claims already in the form are left out. */
    @GetMapping("/payments/{id}/search")
    String search(@PathVariable UUID id, @RequestParam(required = false) String q,
                  @RequestParam(name = "claimId", required = false) List<String> shown, Model model) {
        java.util.Set<String> inForm = shown == null ? java.util.Set.of() : new java.util.HashSet<>(shown);
        List<MatchCandidate> found = manual.searchClaims(null, id, q).stream()
                .filter(c -> !inForm.contains(c.id().value().toString())).toList();
        model.addAttribute("candidates", found);
        model.addAttribute("typed", Map.of());
        model.addAttribute("creditorNames", creditorNames());
        return "payments/payment :: candidateRows";
    }

    @PostMapping("/payments/{id}/assign")
    String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Caller caller,
                  RedirectAttributes redirect, Model model) {
        // read as a multi-value map: a single "12,34" bound to a List would be split at its comma
        List<String> claimIds = form.getOrDefault("claimId", List.of());
        List<String> amounts = form.getOrDefault("amount", List.of());
        List<ShareInput> shares = new ArrayList<>();
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < claimIds.size(); i++) {
            String amount = i < amounts.size() ? amounts.get(i) : null;
            typed.put(claimIds.get(i), amount == null ? "" : amount);
            if (amount != null && !amount.isBlank()) {
                shares.add(new ShareInput(claimIds.get(i), amount));
            }
        }
        try {
            manual.assign(null, id, ShareInput.parseAll(shares,
                    InputCheck.typedBy(org.springframework.context.i18n.LocaleContextHolder.getLocale())), caller.actor());
        } catch (InvalidInputException | ConflictException e) {
            // the person's split stays as typed: the rows they searched for and every amount
            List<ClaimId> rows = claimIds.stream().map(PaymentPages::claimId).filter(java.util.Objects::nonNull).toList();
            model.addAttribute("errors", e instanceof InvalidInputException invalid ? invalid.violations()
                    : ((ConflictException) e).violationsOr(""));
            return page(manual.find(null, id), manual.candidates(null, id, rows), typed, model);
        }
        redirect.addFlashAttribute("message", "assigned");
        return "redirect:/payments/" + id;
    }

    private static ClaimId claimId(String text) {
        try {
            return new ClaimId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/payments/{id}/not-ours")
    String notOurs(@PathVariable UUID id, @RequestParam(required = false) String note, Caller caller,
                   RedirectAttributes redirect) {
        decide(redirect, "notOurs", "payment", () -> manual.notOurs(null, id, note, caller.actor()));
        return "redirect:/payments/" + id;
    }

    @PostMapping("/payments/{id}/unassign")
    String unassign(@PathVariable UUID id, @RequestParam(required = false) String note, Caller caller,
                    RedirectAttributes redirect) {
        decide(redirect, "unassigned", "payment", () -> manual.unassign(null, id, note, caller.actor()));
        return "redirect:/payments/" + id;
    }

    /** Booked payments found by the return's search box, as rows of the choice. */
    @GetMapping("/payments/{id}/return-candidates")
    String returnCandidates(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("originals", manual.returnCandidates(null, id, q));
        return "payments/payment :: originalRows";
    }

    @PostMapping("/payments/{id}/return-of")
    String returnOf(@PathVariable UUID id, @RequestParam(required = false) UUID paymentId, Caller caller,
                    RedirectAttributes redirect) {
        decide(redirect, "returnAssigned", "payment",
                () -> manual.assignReturn(null, id, paymentId, caller.actor()));
        return "redirect:/payments/" + id;
    }

    @GetMapping("/payments/refunds")
    String refunds(@RequestParam(required = false) String creditor, @RequestParam(required = false) String creditorSearch,
                   @RequestParam(required = false) String notOursAfter,
                   @RequestParam(required = false) String creditBalancesAfter,
                   @RequestParam(required = false) String toRecoverAfter,
                   @RequestParam(required = false) String transfersAfter,
                   @RequestParam Map<String, String> params, Model model) {
        CreditorId scope = creditorOf(creditor);
        RefundSorting sorting = RefundSorting.of(scope, params);
        RefundList.Refunds refunds = refundList.refunds(scope, sorting.orders(),
                new RefundList.RefundPositions(notOursAfter, creditBalancesAfter, toRecoverAfter), PAGE_SIZE);
        SortColumns.Keyed<RefundTransfer> transfers = refundTransfers.transferPage(scope,
                sorting.transfers().order(), transfersAfter, PAGE_SIZE);
        UriComponentsBuilder list = sorting.query(RefundSorting.PATH);
        model.addAttribute("refunds", refunds);
        model.addAttribute("refundSorting", sorting);
        model.addAttribute("exportQuery", sorting.query(RefundSorting.PATH).build().getQuery());
        model.addAttribute("notOursPager", ListLinks.of(list, "notOursAfter", notOursAfter,
                refunds.notOurs().next() == null ? null : refunds.notOurs().next().encode()));
        model.addAttribute("creditBalancesPager", ListLinks.of(list, "creditBalancesAfter", creditBalancesAfter,
                refunds.creditBalances().next()));
        model.addAttribute("toRecoverPager", ListLinks.of(list, "toRecoverAfter", toRecoverAfter,
                refunds.toRecover().next()));
        model.addAttribute("transfersPager", ListLinks.of(list, "transfersAfter", transfersAfter, transfers.next()));
        model.addAttribute("due", refundTransfers.due(scope));
        model.addAttribute("transfers", transfers.items());
        addCreditors(model, scope, creditorSearch);
        return "payments/refunds";
    }

    @PostMapping("/payments/refunds/transfer")
    String createTransfer(@RequestParam(required = false) String accountIban,
                          @RequestParam(required = false) String creditor, Caller caller, RedirectAttributes redirect) {
        decide(redirect, "transferCreated", "accountIban",
                () -> refundTransfers.create(null, accountIban, caller.actor()));
        CreditorId scope = creditorOf(creditor);
        return "redirect:/payments/refunds" + (scope == null ? "" : "?creditor=" + scope);
    }

    @PostMapping("/payments/refunds/paid-by-hand")
    String paidByHand(@RequestParam(required = false) UUID paymentId, @RequestParam(required = false) UUID creditBalanceId,
                      @RequestParam(required = false) String note, @RequestParam(required = false) String creditor,
                      Caller caller, RedirectAttributes redirect) {
        decide(redirect, "paidByHand", "note",
                () -> refundTransfers.paidByHand(null, paymentId, creditBalanceId, note, caller.actor()));
        CreditorId scope = creditorOf(creditor);
        return "redirect:/payments/refunds" + (scope == null ? "" : "?creditor=" + scope);
    }

    @PostMapping("/payments/refunds/recovered")
    String recovered(@RequestParam UUID id, @RequestParam(required = false) String note,
                     @RequestParam(required = false) String creditor, Caller caller, RedirectAttributes redirect) {
        decide(redirect, "recovered", "note", () -> manual.resolveRefundToRecover(null, id, note, caller.actor()));
        CreditorId scope = creditorOf(creditor);
        return "redirect:/payments/refunds" + (scope == null ? "" : "?creditor=" + scope);
    }

    @GetMapping("/payments/refunds/transfers/{id}/document")
    ResponseEntity<byte[]> transferDocument(@PathVariable UUID id) {
        return RefundController.download(refundTransfers.file(null, id));
    }

    /** A position from a link; one that cannot be read or is of another order starts the list from the top. */
    private static PaymentCursor cursor(String text, ListOrder order) {
        return text == null ? null : PaymentCursor.parse(text, order).orElse(null);
    }

    /** The filters with the order, for the pager's links. */
    private static Map<String, String> sorted(Map<String, String> filters, SortLinks sorting) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        all.put("sort", sorting.param() == null ? "" : sorting.param());
        return all;
    }

    static PaymentStatus statusOf(String status) {
        try {
            return status == null || status.isBlank() ? null : PaymentStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The creditor chosen in the filter, or null for all; an id that is not one shows all. */
    static CreditorId creditorOf(String creditor) {
        if (creditor == null || creditor.isBlank()) {
            return null;
        }
        try {
            return CreditorId.of(creditor.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void addCreditors(Model model, CreditorId selected, String search) {
        CreditorChoices.Choice choice = choices.of(selected == null ? null : selected.toString(), search);
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("selectedCreditor", selected == null ? "" : selected.toString());
        model.addAttribute("creditorNames", choices.allNames());
    }

    /** Runs a person's decision; the next page says that it is done, or what was wrong and nothing changed. */
    private static void decide(RedirectAttributes redirect, String done, String field, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(field));
        }
    }

    private Map<CreditorId, String> creditorNames() {
        return choices.allNames();
    }

}
