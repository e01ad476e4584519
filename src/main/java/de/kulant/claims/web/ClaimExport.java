package de.kulant.claims.web;

import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import de.kulant.platform.web.TableExport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The claim list as CSV, exactly what the list shows with its filters, streamed page by page on the list's keyset:
 * German pages get semicolons and decimal commas (as German spreadsheets read them), English ones commas and points.
 */
@Controller
class ClaimExport {

    private static final int CHUNK = 1000;

    private final ClaimQueries queries;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    ClaimExport(ClaimQueries queries, MessageSource messages, Formats formats, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping({"/claims/export.{format:csv|xlsx}", "/app/claims/export.{format:csv|xlsx}"})
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String creditor, @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueBefore,
                @RequestParam(required = false) String customer, @RequestParam(required = false) String sort,
                Caller caller, HttpServletResponse response) throws IOException {
        LocalDate today = BusinessDates.today(clock);
        // A shop's user exports its own claims whatever the link says; staff may name a creditor.
        String scope = caller.creditor().map(CreditorId::toString).orElse(creditor);
        ClaimFilter filter = ClaimListForm.of(ClaimListForm.STAFF, q, status, scope, overdue, open, level, dueFrom, dueBefore, customer,
                sort).claims(today);
        Locale locale = LocaleContextHolder.getLocale();
        boolean german = !"en".equals(locale.getLanguage());
        List<String> headers = List.of("invoice", "customerNumber", "debtor", "invoiceDate", "dueDate", "daysOverdue",
                "amount", "outstanding", "status", "level", "nextDunning").stream()
                .map(column -> messages.getMessage("export.claims." + column, null, locale)).toList();
        try (TableExport export = TableExport.start(response, TableExport.Format.of(format),
                (german ? "forderungen-" : "claims-") + today, headers, locale, formats)) {
            ClaimCursor after = null;
            do {
                ClaimListPage page = queries.page(filter, after, null, 0, CHUNK, today);
                for (ClaimView c : page.items()) {
                    export.row(c.invoiceNumber(), c.debtor().customerNumber(), c.debtor().name(), c.invoiceDate(),
                            c.dueDate(), c.status().isClosed() ? 0 : c.daysOverdue(today), c.amount(),
                            c.balance().outstanding(), messages.getMessage("status." + c.status(), null, locale),
                            c.dunningLevel(), c.nextDunningOn() == null || c.status().isClosed() ? null : c.nextDunningOn());
                }
                after = page.next();
            } while (after != null);
        }
    }
}
