package de.kulant.payments.web;

import de.kulant.claims.CreditBalance;
import de.kulant.claims.RefundToRecover;
import de.kulant.creditors.CreditorChoices;
import de.kulant.payments.BankStatements;
import de.kulant.payments.PaymentCursor;
import de.kulant.payments.PaymentPage;
import de.kulant.payments.PaymentView;
import de.kulant.payments.RefundList;
import de.kulant.payments.RefundTransfer;
import de.kulant.payments.RefundTransfers;
import de.kulant.payments.StatementView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.SortColumns;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The refund page's lists and the imported statements as CSV, each as shown (creditor, order) and every page of it,
 * read chunk by chunk.
 */
@Controller
class RefundExport {

    private static final int CHUNK = 500;

    private final RefundList refunds;
    private final RefundTransfers transfers;
    private final BankStatements statements;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    RefundExport(RefundList refunds, RefundTransfers transfers, BankStatements statements, CreditorChoices creditors,
                 MessageSource messages, Formats formats) {
        this.refunds = refunds;
        this.transfers = transfers;
        this.statements = statements;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/payments/refunds/{part:notOurs|creditBalances|toRecover|transfers}/export.csv")
    void refunds(@PathVariable String part, @RequestParam(required = false) String creditor,
                 @RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        CreditorId scope = PaymentPages.creditorOf(creditor);
        RefundSorting sorting = RefundSorting.of(scope, params);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        String file = messages.getMessage("export.refunds." + part + ".file", null, locale);
        switch (part) {
            case "notOurs" -> {
                try (TableExport export = start(response, file, locale, "bookingDate", "amount", "payer", "payerIban",
                        "remittance", "note", "creditor")) {
                    notOurs(export, scope, sorting.notOurs().order(), names, locale);
                }
            }
            case "creditBalances" -> {
                try (TableExport export = start(response, file, locale, "bookingDate", "amount", "debtor", "invoice",
                        "creditor")) {
                    creditBalances(export, scope, sorting.creditBalances().order(), names);
                }
            }
            case "toRecover" -> {
                try (TableExport export = start(response, file, locale, "returnedOn", "amount", "debtor", "invoice",
                        "receivedOn", "creditor")) {
                    toRecover(export, scope, sorting.toRecover().order(), names);
                }
            }
            case "transfers" -> {
                try (TableExport export = start(response, file, locale, "createdAt", "account", "items", "total",
                        "executionDate", "createdBy", "messageId")) {
                    transfers(export, scope, sorting.transfers().order());
                }
            }
            default -> throw new NotFoundException("refund list");
        }
    }

    @GetMapping("/payments/statements/export.csv")
    void statements(@RequestParam(required = false) String creditor,
                    @RequestParam(required = false) String statementsSort, HttpServletResponse response)
            throws IOException {
        CreditorId scope = PaymentPages.creditorOf(creditor);
        ListOrder order = BankStatements.listOrder().orderOrDefault(statementsSort);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        try (TableExport export = start(response, messages.getMessage("export.refunds.statements.file", null, locale),
                locale, "importedAt", "file", "format", "accounts", "entries", "matched", "unmatched", "duplicates",
                "returns", "matchedAmount", "importedBy", "creditor")) {
            SortColumns.Keyed.<StatementView>forEachRow(after -> statements.statementPage(scope, order, after, CHUNK),
                    s -> export.row(formats.time(s.importedAt()), s.fileName(), s.format(), s.accounts(), s.entries(),
                            s.matched(), s.unmatched(), s.duplicates(), s.returns(), s.matchedAmount(), s.importedBy(),
                            s.creditorId() == null ? "" : names.getOrDefault(s.creditorId(), "")));
        }
    }

    private TableExport start(HttpServletResponse response, String file, Locale locale, String... columns)
            throws IOException {
        return TableExport.start(response, TableExport.Format.CSV, file,
                TableExport.titles(messages, locale, "export.refunds", columns), locale, formats);
    }

    private void notOurs(TableExport export, CreditorId scope, ListOrder order, Map<CreditorId, String> names,
                         Locale locale) {
        PaymentCursor after = null;
        do {
            PaymentPage page = refunds.notOurs(scope, order, after, CHUNK);
            for (PaymentView p : page.items()) {
                export.row(p.bookingDate(), p.amount(), p.payerName(), p.payerIban(), p.remittance(),
                        p.reason() == null ? "" : messages.getMessage("payReason." + p.reason().code(),
                                p.reason().arguments(), locale),
                        p.creditorId() == null ? "" : names.getOrDefault(p.creditorId(), ""));
            }
            after = page.next();
        } while (after != null);
    }

    private void creditBalances(TableExport export, CreditorId scope, ListOrder order, Map<CreditorId, String> names) {
        SortColumns.Keyed.<CreditBalance>forEachRow(after -> refunds.creditBalances(scope, order, after, CHUNK),
                c -> export.row(c.bookingDate(), c.amount(), c.debtorName(), c.invoiceNumber(),
                        names.getOrDefault(c.creditorId(), "")));
    }

    private void toRecover(TableExport export, CreditorId scope, ListOrder order, Map<CreditorId, String> names) {
        SortColumns.Keyed.<RefundToRecover>forEachRow(after -> refunds.toRecover(scope, order, after, CHUNK),
                r -> export.row(r.returnedOn(), r.amount(), r.debtorName(), r.invoiceNumber(), r.receivedOn(),
                        names.getOrDefault(r.creditorId(), "")));
    }

    private void transfers(TableExport export, CreditorId scope, ListOrder order) {
        SortColumns.Keyed.<RefundTransfer>forEachRow(after -> transfers.transferPage(scope, order, after, CHUNK),
                t -> export.row(formats.time(t.createdAt()), t.accountIban(), t.items(), t.total(), t.executionDate(),
                        t.createdBy(), t.messageId()));
    }
}
