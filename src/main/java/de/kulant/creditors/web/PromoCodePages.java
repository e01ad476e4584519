package de.kulant.creditors.web;

import de.kulant.creditors.PromoCodes;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins' page of promo codes: each with its months waived, validity, uses; and the form for a new one. */
@Controller
class PromoCodePages {

    private final PromoCodes promoCodes;

    PromoCodePages(PromoCodes promoCodes) {
        this.promoCodes = promoCodes;
    }

    /** The form as typed. */
    record PromoForm(String code, Integer waivesCommissionMonths, String validUntil, Integer maxUses) {
    }

    @GetMapping("/admin/promo-codes")
    String list(Model model) {
        model.addAttribute("codes", promoCodes.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PromoForm("", 6, "", null));
        }
        return "admin/promo-codes";
    }

    @PostMapping("/admin/promo-codes")
    String create(PromoForm form, Caller caller, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", promoCodes.create(new PromoCodes.NewPromoCode(form.code(),
                    form.waivesCommissionMonths(), form.validUntil(), form.maxUses()), caller.actor()).code());
            return "redirect:/admin/promo-codes";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (ConflictException e) {
            model.addAttribute("errors", e.violationsOr("code"));
        }
        model.addAttribute("form", form);
        return list(model);
    }
}
