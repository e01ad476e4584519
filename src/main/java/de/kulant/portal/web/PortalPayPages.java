package de.kulant.portal.web;

import de.kulant.collection.Agreements;
import de.kulant.collection.CaseView;
import de.kulant.collection.CollectionProperties;
import de.kulant.collection.PortalCases;
import de.kulant.creditors.Creditors;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.NotFoundException;
import de.kulant.portal.DebtorRequests;
import de.kulant.portal.OnlinePayments;
import de.kulant.portal.PaymentDetails;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Paying: the transfer details with the EPC QR code, or a SEPA direct-debit mandate for the whole amount. */
@Controller
class PortalPayPages {

    private final PortalCases cases;
    private final Creditors creditors;
    private final Agreements agreements;
    private final DebtorRequests requests;
    private final OnlinePayments online;
    private final MessageSource messages;
    private final CollectionProperties collection;
    private final Clock clock;

    PortalPayPages(PortalCases cases, Creditors creditors, Agreements agreements, DebtorRequests requests,
                   OnlinePayments online, MessageSource messages, CollectionProperties collection, Clock clock) {
        this.collection = collection;
        this.online = online;
        this.cases = cases;
        this.creditors = creditors;
        this.agreements = agreements;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/portal/pay")
    String pay(PortalSession session, Model model, Locale locale) {
        CaseView c = cases.view(session.caseId(), BusinessDates.today(clock));
        var open = c.openAmount();
        model.addAttribute("open", open);
        if (open.isPositive()) {
            var creditor = creditors.find(c.creditorId()).orElseThrow(() -> new NotFoundException("creditor"));
            model.addAttribute("details", PaymentDetails.of(c, collection.agency(), creditor, open,
                    messages.getMessage("portal.pay.qrLabel", null, locale)));
        }
        model.addAttribute("running", agreements.onCase(session.caseId()).plans().stream()
                .filter(p -> p.status().equals("ACTIVE") || p.status().equals("PENDING_CREDITOR"))
                .findFirst().orElse(null));
        model.addAttribute("debitDay", requests.debitDay());
        model.addAttribute("providers", online.providers());
        if (!model.containsAttribute("holder")) {
            model.addAttribute("holder", c.debtor() == null ? "" : c.debtor().name());
            model.addAttribute("iban", "");
        }
        model.addAttribute("page", "pay");
        return "portal/pay";
    }

    @PostMapping("/portal/pay/mandate")
    String mandate(@RequestParam(required = false) String iban, @RequestParam(required = false) String holder,
                   @RequestParam(required = false) String consent, PortalSession session, Model model, Locale locale,
                   RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.debitInFull(session.caseId(), iban, holder,
                consent != null, session.actor()));
        if (done) {
            redirect.addFlashAttribute("done", "portal.pay.mandateGiven");
            return "redirect:/portal/pay";
        }
        model.addAttribute("iban", iban == null ? "" : iban);
        model.addAttribute("holder", holder == null ? "" : holder);
        return pay(session, model, locale);
    }
}
