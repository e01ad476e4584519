package de.kulant.portal.web;

import de.kulant.claims.DebtorContacts;
import de.kulant.collection.CaseView;
import de.kulant.collection.Disputes;
import de.kulant.collection.PortalCases;
import de.kulant.platform.BusinessDates;
import de.kulant.portal.DebtorRequests;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Telling the case worker: a dispute with evidence, a payment already made, new contact data, a message. */
@Controller
class PortalTellPages {

    private final PortalCases cases;
    private final DebtorRequests requests;
    private final Clock clock;

    PortalTellPages(PortalCases cases, DebtorRequests requests, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/portal/object")
    String object(PortalSession session, Model model) {
        CaseView c = cases.view(session.caseId(), BusinessDates.today(clock));
        model.addAttribute("invoices", c.claims().stream().map(claim -> claim.invoiceNumber()).toList());
        model.addAttribute("reasons", Disputes.REASONS.stream().sorted().toList());
        model.addAttribute("disputed", c.flags().contains("DISPUTED"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        model.addAttribute("page", "object");
        return "portal/object";
    }

    @PostMapping("/portal/object")
    String dispute(@RequestParam(required = false) String reason, @RequestParam(required = false) String invoice,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String text,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files, PortalSession session,
                   Model model, Locale locale, RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.dispute(session.caseId(), reason, invoice, amount, text,
                Forms.uploads(files), session.actor(), locale));
        if (!done) {
            model.addAttribute("form", kept("reason", reason, "invoice", invoice, "amount", amount, "text", text));
            return object(session, model);
        }
        redirect.addFlashAttribute("done", "portal.object.received");
        return "redirect:/portal/object";
    }

    @GetMapping("/portal/contact")
    String contact(PortalSession session, Model model) {
        CaseView c = cases.view(session.caseId(), BusinessDates.today(clock));
        var d = c.debtor();
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new DebtorContacts.ContactChange(d.name(), d.address().street(),
                    d.address().postalCode(), d.address().city(), d.address().country(), d.email(), d.phone()));
            model.addAttribute("channel", d.preferredChannel() == null ? "" : d.preferredChannel());
        }
        if (!model.containsAttribute("paid")) {
            model.addAttribute("paid", Map.of());
        }
        model.addAttribute("message", model.containsAttribute("message") ? model.getAttribute("message") : "");
        model.addAttribute("page", "contact");
        return "portal/contact";
    }

    @PostMapping("/portal/contact")
    String changeContact(@RequestParam(required = false) String name, @RequestParam(required = false) String street,
                         @RequestParam(required = false) String postalCode, @RequestParam(required = false) String city,
                         @RequestParam(required = false) String country, @RequestParam(required = false) String email,
                         @RequestParam(required = false) String phone, @RequestParam(required = false) String channel,
                         PortalSession session, Model model, RedirectAttributes redirect) {
        DebtorContacts.ContactChange change = new DebtorContacts.ContactChange(name, street, postalCode, city,
                country, email, phone);
        boolean done = Forms.tried(model, () -> requests.contact(session.caseId(), change, channel, session.actor()));
        if (!done) {
            model.addAttribute("contact", change);
            model.addAttribute("channel", channel == null ? "" : channel);
            model.addAttribute("errorsAt", "contact");
            return contact(session, model);
        }
        redirect.addFlashAttribute("done", "portal.contact.saved");
        return "redirect:/portal/contact";
    }

    @PostMapping("/portal/paid")
    String alreadyPaid(@RequestParam(required = false) String paidOn, @RequestParam(required = false) String amount,
                       @RequestParam(required = false) String note,
                       @RequestParam(name = "files", required = false) List<MultipartFile> files,
                       PortalSession session, Model model, Locale locale, RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.alreadyPaid(session.caseId(), paidOn, amount, note,
                Forms.uploads(files), session.actor(), locale));
        if (!done) {
            model.addAttribute("paid", kept("paidOn", paidOn, "amount", amount, "note", note));
            model.addAttribute("errorsAt", "paid");
            return contact(session, model);
        }
        redirect.addFlashAttribute("done", "portal.paid.received");
        return "redirect:/portal/contact";
    }

    @PostMapping("/portal/message")
    String message(@RequestParam(required = false) String text, PortalSession session, Model model,
                   RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.message(session.caseId(), text, session.actor()));
        if (!done) {
            // a refused message is kept for correcting, but never more than the limit plus a little
            model.addAttribute("message", text == null ? "" : text.length() > DebtorRequests.MESSAGE_LENGTH + 100
                    ? text.substring(0, DebtorRequests.MESSAGE_LENGTH + 100) : text);
            model.addAttribute("errorsAt", "message");
            return contact(session, model);
        }
        redirect.addFlashAttribute("done", "portal.message.sent");
        return "redirect:/portal/contact";
    }

    private static Map<String, String> kept(String... pairs) {
        java.util.LinkedHashMap<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return form;
    }
}
