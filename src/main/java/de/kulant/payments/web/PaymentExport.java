package de.kulant.payments.web;

import de.kulant.creditors.CreditorChoices;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentRecords;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payments of a period for the accountant, as CSV or Excel: each payment with its payer, status and what it paid
 * on which claims (principal, interest, fees, costs), in booking order, streamed chunk by chunk.
 */
@Controller
class PaymentExport {

    private final PaymentRecords records;
    private final CreditorChoices creditors;
    private final MessageSource messages;
    private final Formats formats;

    PaymentExport(PaymentRecords records, CreditorChoices creditors, MessageSource messages, Formats formats) {
        this.records = records;
        this.creditors = creditors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/payments/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String creditor,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        CreditorId scope = PaymentPages.creditorOf(creditor);
        LocalDate first = date(from);
        LocalDate last = date(to);
        PaymentStatus chosen = PaymentPages.statusOf(status);
        Locale locale = LocaleContextHolder.getLocale();
        boolean german = !"en".equals(locale.getLanguage());
        Map<CreditorId, String> names = creditors.allNames();
        List<String> headers = List.of("bookingDate", "creditor", "kind", "amount", "status", "payer", "payerIban",
                "remittance", "reference", "invoices", "principal", "interest", "fees", "costs").stream()
                .map(column -> messages.getMessage("export.payments." + column, null, locale)).toList();
        try (TableExport export = TableExport.start(response, TableExport.Format.of(format),
                (german ? "zahlungen-" : "payments-") + (first == null ? "" : first + "-") + (last == null ? "alle" : last),
                headers, locale, formats)) {
            records.forEach(scope, chosen == null ? List.of() : List.of(chosen), first, last, chunk -> {
                for (PaymentView p : chunk) {
                    List<PaymentView.Share> shares = p.allocations().stream().filter(s -> !s.reversed()).toList();
                    export.row(p.bookingDate(), names.getOrDefault(p.creditorId(), ""),
                            messages.getMessage("paymentKind." + p.kind(), null, locale),
                            p.kind() == PaymentKind.CREDIT ? p.amount() : p.amount().negate(),
                            messages.getMessage("paymentStatus." + p.status(), null, locale), p.payerName(),
                            p.payerIban(), p.remittance(), p.creditorReference(),
                            shares.stream().map(PaymentView.Share::invoiceNumber).collect(Collectors.joining(", ")),
                            sum(shares, PaymentView.Share::principal), sum(shares, PaymentView.Share::interest),
                            sum(shares, PaymentView.Share::fees), sum(shares, PaymentView.Share::costs));
                }
            });
        }
    }

    private static Money sum(List<PaymentView.Share> shares, java.util.function.Function<PaymentView.Share, Money> part) {
        return shares.stream().map(part).reduce(Money.zeroEur(), Money::plus);
    }

    /** Dates in links and forms are ISO; what cannot be read is left out, as in the other list filters. */
    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }
}
