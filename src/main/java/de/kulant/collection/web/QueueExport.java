package de.kulant.collection.web;

import de.kulant.collection.CaseStatus;
import de.kulant.collection.WorkQueue;
import de.kulant.creditors.CreditorChoices;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A work queue as shown (whose, status, hardship, order), every page of it, as CSV. */
@Controller
class QueueExport {

    private static final int CHUNK = 500;

    private final WorkQueue queue;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    QueueExport(WorkQueue queue, CreditorChoices creditors, MessageSource messages, Formats formats) {
        this.queue = queue;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/cases/export.csv")
    void export(@RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
                @RequestParam(required = false) String flag, @RequestParam(required = false) String sort,
                Caller caller, HttpServletResponse response) throws IOException {
        String who = caller.isAdmin() && assignee != null && !assignee.isBlank() ? assignee.strip() : caller.actor().name();
        CaseStatus wanted = CaseController.status(status);
        boolean hardship = "HARDSHIP".equalsIgnoreCase(flag);
        ListOrder order = WorkQueue.listOrder().orderOrDefault(sort);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV, german ? "faelle" : "cases",
                TableExport.titles(messages, locale, "export.queue", "reference", "creditor", "debtor", "status",
                        "priority", "reasons", "openedOn"), locale, formats)) {
            String after = null;
            do {
                WorkQueue.QueuePage page = queue.page(CasePages.UNASSIGNED.equals(who) ? null : who, null, wanted,
                        hardship, order, after, CHUNK);
                for (WorkQueue.Entry e : page.items()) {
                    export.row(e.reference().value(), names.getOrDefault(e.creditorId(), ""), e.debtorName(),
                            messages.getMessage("caseStatus." + e.status(), null, locale), e.priority().score(),
                            e.priority().reasons().stream()
                                    .map(r -> messages.getMessage("priority." + r.code(), null, locale))
                                    .collect(Collectors.joining(", ")), e.openedOn());
                }
                after = page.next();
            } while (after != null);
        }
    }
}
