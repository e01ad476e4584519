package de.kulant.claims.web;

import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CsvWriter;
import de.kulant.platform.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping("/claims/export.csv")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String creditor, @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueBefore,
                @RequestParam(required = false) String customer, HttpServletResponse response) throws IOException {
        LocalDate today = BusinessDates.today(clock);
        ClaimFilter filter = ClaimPages.ListFilter.of(q, status, creditor, overdue, open, level, dueFrom, dueBefore,
                        customer)
                .claims(today);
        Locale locale = LocaleContextHolder.getLocale();
        boolean german = !"en".equals(locale.getLanguage());
        char separator = german ? ';' : ',';
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (german ? "forderungen-" : "claims-")
                + today + ".csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheets read the file as UTF-8 only with this mark
        out.write(new CsvWriter(separator).row(List.of("invoice", "customerNumber", "debtor", "invoiceDate", "dueDate",
                "daysOverdue", "amount", "outstanding", "status", "level", "nextDunning").stream()
                .map(column -> messages.getMessage("export.claims." + column, null, locale)).toList()).toString());
        ClaimCursor after = null;
        do {
            ClaimListPage page = queries.page(filter, after, null, 0, CHUNK, today);
            CsvWriter rows = new CsvWriter(separator);
            for (ClaimView c : page.items()) {
                rows.row(c.invoiceNumber(), c.debtor().customerNumber(), c.debtor().name(),
                        formats.date(c.invoiceDate(), locale), formats.date(c.dueDate(), locale),
                        String.valueOf(c.status().isClosed() ? 0 : c.daysOverdue(today)), number(c.amount(), german),
                        number(c.balance().outstanding(), german),
                        messages.getMessage("status." + c.status(), null, locale), String.valueOf(c.dunningLevel()),
                        c.nextDunningOn() == null || c.status().isClosed() ? "" : formats.date(c.nextDunningOn(), locale));
            }
            out.write(rows.toString());
            after = page.next();
        } while (after != null);
        out.flush();
    }

    /** An amount as the spreadsheet of the reader's language reads a number: 1234,56 or 1234.56. */
    private static String number(de.kulant.platform.money.Money money, boolean german) {
        String plain = money.toPlainString();
        return german ? plain.replace('.', ',') : plain;
    }
}
