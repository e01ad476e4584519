package de.kulant.correspondence.web;

import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.DispatchView.Status;
import de.kulant.correspondence.DispatchView;
import de.kulant.creditors.CreditorChoices;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispatch list as shown (creditor, status, order), every page of it, as CSV or Excel. */
@Controller
class DispatchExport {

    private static final int CHUNK = 1000;

    private final Correspondence correspondence;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    DispatchExport(Correspondence correspondence, CreditorChoices creditors, MessageSource messages, Formats formats) {
        this.correspondence = correspondence;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/correspondence/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) UUID creditor,
                @RequestParam(required = false) String status, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        ListOrder order = Correspondence.listOrder().orderOrDefault(sort);
        CreditorId scope = creditor == null ? null : new CreditorId(creditor);
        Status selected = status == null || status.isBlank() ? null : CorrespondencePages.parseStatus(status);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        List<String> headers = List.of("issuedOn", "creditor", "channel", "recipient", "status", "attempts", "error")
                .stream().map(column -> messages.getMessage("export.dispatches." + column, null, locale)).toList();
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.of(format),
                german ? "sendungen" : "dispatches", headers, locale, formats)) {
            String after = null;
            do {
                Correspondence.DispatchPage page = correspondence.page(scope, selected, order, after, CHUNK);
                for (DispatchView d : page.items()) {
                    export.row(d.issuedOn(), names.getOrDefault(d.creditorId(), ""),
                            messages.getMessage("channel." + d.channel(), null, locale), d.recipient(),
                            messages.getMessage("dispatchStatus." + d.status(), null, locale), d.attempts(), d.error());
                }
                after = page.next();
            } while (after != null);
        }
    }
}
