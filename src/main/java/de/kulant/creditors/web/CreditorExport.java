package de.kulant.creditors.web;

import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.platform.ListOrder;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin list of creditors as shown (in its order), every page of it, as CSV. */
@Controller
class CreditorExport {

    private static final int CHUNK = 500;

    private final Creditors creditors;
    private final MessageSource messages;
    private final Formats formats;

    CreditorExport(Creditors creditors, MessageSource messages, Formats formats) {
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/admin/creditors/export.csv")
    void export(@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        ListOrder order = Creditors.listOrder().orderOrDefault(sort);
        Locale locale = LocaleContextHolder.getLocale();
        boolean german = !"en".equals(locale.getLanguage());
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV, german ? "glaeubiger" : "creditors",
                TableExport.titles(messages, locale, "export.creditors", "name", "street", "postalCode", "city",
                        "country", "email", "iban", "createdAt"), locale, formats)) {
            String after = null;
            do {
                Creditors.CreditorPage page = creditors.list(order, after, CHUNK);
                for (Creditor c : page.items()) {
                    export.row(c.name(), c.address().street(), c.address().postalCode(), c.address().city(),
                            c.address().country(), c.email(), c.iban(), formats.time(c.createdAt()));
                }
                after = page.next();
            } while (after != null);
        }
    }
}
