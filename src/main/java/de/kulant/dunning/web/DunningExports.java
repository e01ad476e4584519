package de.kulant.dunning.web;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.CreditorChoices;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.HandoverApproval;
import de.kulant.dunning.HandoverApprovals;
import de.kulant.dunning.RunView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists of dunning runs and of pending handover approvals as shown (in their order), every page, as CSV. */
@Controller
class DunningExports {

    private static final int CHUNK = 500;

    private final DunningRuns runs;
    private final HandoverApprovals approvals;
    private final ClaimQueries claims;
    private final Clock clock;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    DunningExports(DunningRuns runs, HandoverApprovals approvals, ClaimQueries claims, CreditorChoices creditors,
                   MessageSource messages, Formats formats, Clock clock) {
        this.runs = runs;
        this.approvals = approvals;
        this.claims = claims;
        this.clock = clock;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/dunning/runs/export.csv")
    void runs(@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        ListOrder order = DunningRuns.listOrder().orderOrDefault(sort);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        String all = messages.getMessage("dunning.allCreditors", null, locale);
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV, german ? "mahnlaeufe" : "dunning-runs",
                TableExport.titles(messages, locale, "export.runs", "asOf", "dryRun", "creditor", "status", "evaluated",
                        "notices", "handedOver", "startedAt", "startedBy"), locale, formats)) {
            String after = null;
            do {
                DunningRuns.RunPage page = runs.page(null, order, after, CHUNK);
                for (RunView r : page.items()) {
                    export.row(r.asOf(), messages.getMessage(r.dryRun() ? "export.yes" : "export.no", null, locale),
                            r.creditorId() == null ? all : names.getOrDefault(r.creditorId(), ""),
                            messages.getMessage("runStatus." + r.status(), null, locale), r.evaluated(),
                            r.noticeTotal(), r.handedOver(), formats.time(r.startedAt()), r.startedBy());
                }
                after = page.next();
            } while (after != null);
        }
    }

    @GetMapping("/dunning/approvals/export.csv")
    void approvals(@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        ListOrder order = HandoverApprovals.listOrder().orderOrDefault(sort);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        LocalDate today = BusinessDates.today(clock);
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV,
                german ? "freigaben" : "approvals", TableExport.titles(messages, locale, "export.approvals", "creditor",
                        "invoice", "debtor", "outstanding", "requestedOn"), locale, formats)) {
            String after = null;
            do {
                HandoverApprovals.ApprovalPage page = approvals.pending(null, order, after, CHUNK);
                Map<ClaimAsOf, ClaimView> found = claims.findAll(page.items().stream()
                        .map(a -> new ClaimAsOf(a.claimId(), a.creditorId(), today)).toList());
                for (HandoverApproval a : page.items()) {
                    ClaimView claim = found.get(new ClaimAsOf(a.claimId(), a.creditorId(), today));
                    export.row(names.getOrDefault(a.creditorId(), ""), claim == null ? null : claim.invoiceNumber(),
                            claim == null ? null : claim.debtor().name(),
                            claim == null ? null : claim.balance().outstanding(), a.requestedOn());
                }
                after = page.next();
            } while (after != null);
        }
    }
}
