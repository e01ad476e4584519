package de.kulant.portal.web;

import de.kulant.platform.NotFoundException;
import de.kulant.portal.OnlinePayments;
import de.kulant.portal.PaymentProvider;
import de.kulant.portal.SandboxProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Paying by card or wallet: off to the provider's page, back to the portal, and the provider's webhook, which alone
 * books the money. The sandbox provider's page is served here too.
 */
@Controller
class PortalOnlinePayPages {

    private final OnlinePayments payments;
    private final ObjectProvider<SandboxProvider> sandbox;

    PortalOnlinePayPages(OnlinePayments payments, ObjectProvider<SandboxProvider> sandbox) {
        this.payments = payments;
        this.sandbox = sandbox;
    }

    @PostMapping("/portal/pay/online")
    String start(@RequestParam(required = false) String provider, PortalSession session, Model model,
                 RedirectAttributes redirect) {
        String back = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/pay/return").toUriString();
        var target = Forms.result(model, () -> payments.start(session.caseId(), provider, back, session.actor()));
        if (target.isEmpty()) {
            redirect.addFlashAttribute("errors", model.getAttribute("errors"));
            return "redirect:/portal/pay";
        }
        return "redirect:" + target.get();
    }

    /** Where the provider sends the debtor back: the outcome as far as the webhook told it so far. */
    @GetMapping("/portal/pay/return")
    String back(@RequestParam UUID payment, PortalSession session, RedirectAttributes redirect) {
        OnlinePayments.OnlinePayment found = payments.find(session.caseId(), payment)
                .orElseThrow(() -> new NotFoundException("payment"));
        redirect.addFlashAttribute("done", "portal.online." + found.status());
        return "redirect:/portal/pay";
    }

    @GetMapping("/portal/sandbox/{reference}")
    String sandboxPage(@PathVariable String reference, PortalSession session, Model model) {
        SandboxProvider.Pending checkout = sandboxProvider().pending(reference)
                .orElseThrow(() -> new NotFoundException("checkout"));
        model.addAttribute("checkout", checkout);
        model.addAttribute("page", "pay");
        return "portal/sandbox";
    }

    @PostMapping("/portal/sandbox/{reference}")
    String sandboxDecide(@PathVariable String reference, @RequestParam String outcome, PortalSession session) {
        boolean late = outcome.equals("LATE");
        PaymentProvider.Outcome result = outcome.equals("FAILED") ? PaymentProvider.Outcome.FAILED
                : PaymentProvider.Outcome.SUCCEEDED;
        String back = sandboxProvider().decide(reference, result, late)
                .orElseThrow(() -> new NotFoundException("checkout"));
        return "redirect:" + back;
    }

    /** The provider's webhook: its signature is its only authentication, so it needs no session and no CSRF token. */
    @PostMapping("/portal/providers/{provider}/webhook")
    ResponseEntity<Void> webhook(@PathVariable String provider, HttpServletRequest request) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        byte[] body = request.getInputStream().readNBytes(64 * 1024);
        return payments.notify(provider, headers, body) ? ResponseEntity.noContent().build()
                : ResponseEntity.badRequest().build();
    }

    private SandboxProvider sandboxProvider() {
        return Optional.ofNullable(sandbox.getIfAvailable()).orElseThrow(() -> new NotFoundException("checkout"));
    }
}
