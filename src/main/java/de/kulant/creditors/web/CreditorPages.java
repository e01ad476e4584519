package de.kulant.creditors.web;

import de.kulant.creditors.ContractChange;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.IssuedApiKey;
import de.kulant.creditors.NewCreditor;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.web.ListLinks;
import de.kulant.platform.web.SortLinks;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: the creditors, creating one, and issuing and revoking its API keys. */
@Controller
class CreditorPages {

    private final Creditors creditors;

    CreditorPages(Creditors creditors) {
        this.creditors = creditors;
    }

    private static final int PAGE_SIZE = 100;

    record CreditorForm(String name, String email, String street, String postalCode, String city, String country,
                        String iban, String bic, Boolean handoverRequiresApproval) implements Serializable {
    }

    @GetMapping("/admin/creditors")
    String list(@RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                Model model) {
        ListOrder order = Creditors.listOrder().orderOrDefault(sort);
        Creditors.CreditorPage found = creditors.list(order, after, PAGE_SIZE);
        SortLinks sorting = new SortLinks("/admin/creditors", Map.of(), Creditors.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("creditors", found.items());
        model.addAttribute("creditorTotal", found.total());
        model.addAttribute("exportQuery", sorting.query("/admin/creditors").build().getQuery());
        model.addAttribute("pager", ListLinks.of(sorting.query("/admin/creditors"), "after", after, found.next()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CreditorForm("", "", "", "", "", "DE", "", "", false));
        }
        return "admin/creditors";
    }

    @PostMapping("/admin/creditors")
    String create(CreditorForm form, Caller caller, RedirectAttributes redirect) {
        try {
            Creditor creditor = creditors.create(new NewCreditor(form.name(), form.email(),
                    new PostalAddress(form.street(), form.postalCode(), form.city(), form.country()), form.iban(),
                    form.bic(), null, form.handoverRequiresApproval(), true), caller.actor());
            return "redirect:/admin/creditors/" + creditor.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("form", form);
            return "redirect:/admin/creditors";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("ibanTaken", true);
            redirect.addFlashAttribute("form", form);
            return "redirect:/admin/creditors";
        }
    }

    record ContractForm(Boolean handoverRequiresApproval, Boolean residualWaiver, String residualWaiverMaximum,
                        String residualPrincipalTolerance, Boolean deductsInputTax) {
    }

    @PostMapping("/admin/creditors/{id}/contract")
    String contract(@PathVariable UUID id, ContractForm form, Caller caller, RedirectAttributes redirect) {
        try {
            creditors.changeContract(new CreditorId(id), new ContractChange(Boolean.TRUE.equals(form.handoverRequiresApproval()),
                    Boolean.TRUE.equals(form.residualWaiver()), form.residualWaiverMaximum(),
                    form.residualPrincipalTolerance(), Boolean.TRUE.equals(form.deductsInputTax())), caller.actor());
            redirect.addFlashAttribute("contractSaved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("contractErrors", e.violations());
        }
        return "redirect:/admin/creditors/" + id;
    }

    @GetMapping("/admin/creditors/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CreditorId creditor = new CreditorId(id);
        model.addAttribute("creditor", creditors.find(creditor).orElseThrow(() -> new NotFoundException("creditor")));
        model.addAttribute("keys", creditors.apiKeys(creditor));
        return "admin/creditor";
    }

    @PostMapping("/admin/creditors/{id}/api-keys")
    String issueKey(@PathVariable UUID id, Caller caller, RedirectAttributes redirect) {
        IssuedApiKey key = creditors.issueApiKey(new CreditorId(id), caller.actor());
        redirect.addFlashAttribute("newKey", key.key());
        return "redirect:/admin/creditors/" + id;
    }

    @PostMapping("/admin/creditors/{id}/api-keys/{keyId}/revoke")
    String revokeKey(@PathVariable UUID id, @PathVariable UUID keyId, Caller caller) {
        creditors.revokeApiKey(new CreditorId(id), keyId, caller.actor());
        return "redirect:/admin/creditors/" + id;
    }
}
