package de.kulant.dunning.web;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.CreditorChoices;
import de.kulant.dunning.NoticePage;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.platform.CreditorId;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The notice list as shown (creditor, level, period, order), every page of it, as CSV. */
@Controller
class NoticeExport {

    private static final int CHUNK = 500;

    private final Notices notices;
    private final NoticePages pages;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    NoticeExport(Notices notices, NoticePages pages, CreditorChoices creditors, MessageSource messages,
                 Formats formats) {
        this.notices = notices;
        this.pages = pages;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping(NoticeListQuery.PATH + "/export.csv")
    void export(@RequestParam(required = false) String creditor, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        NoticeListQuery query = NoticeListQuery.of(creditor, level, from, to, sort);
        Locale locale = LocaleContextHolder.getLocale();
        Map<CreditorId, String> names = creditors.allNames();
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV, german ? "mahnungen" : "notices",
                TableExport.titles(messages, locale, "export.notices", "issuedOn", "invoice", "debtor", "creditor",
                        "level", "levelName", "channel", "payBy", "fee", "asked"), locale, formats)) {
            String after = null;
            do {
                NoticePage page = notices.page(query.filter(), query.order(), after, CHUNK);
                Map<ClaimId, ClaimView> claims = pages.claimsOf(page.items());
                for (NoticeView n : page.items()) {
                    ClaimView claim = claims.get(n.claimId());
                    export.row(n.issuedOn(), claim == null ? null : claim.invoiceNumber(),
                            claim == null ? null : claim.debtor().name(), names.getOrDefault(n.creditorId(), ""),
                            n.level(), n.levelName(), messages.getMessage("channel." + n.channel(), null, locale),
                            n.payBy(), n.feeCharged().plus(n.flatFee()), n.outstanding());
                }
                after = page.next();
            } while (after != null);
        }
    }
}
