package de.kulant.reporting.web;

import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import de.kulant.reporting.DatevExport;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DATEV export in the shop app: the owner sets the numbers and the chart; everyone downloads a period's file. */
@Controller
class DatevPages {

    /** The settings form as typed. */
    record SettingsForm(Integer consultantNumber, Integer clientNumber, String chart, Integer fiscalYearStart) {
    }

    private final DatevExport export;
    private final Clock clock;

    DatevPages(DatevExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/app/exports")
    String page(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var saved = export.settings(caller.requireCreditor());
        model.addAttribute("settings", saved.orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", saved.map(s -> new SettingsForm(s.consultantNumber(), s.clientNumber(),
                    s.chart().name(), s.fiscalYearStart())).orElse(new SettingsForm(null, null, "SKR03", 1)));
        }
        LocalDate today = BusinessDates.today(clock);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        model.addAttribute("from", model.containsAttribute("from") ? model.getAttribute("from") : lastMonth.toString());
        model.addAttribute("to", model.containsAttribute("to") ? model.getAttribute("to")
                : lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()).toString());
        return "app/exports";
    }

    @PostMapping("/app/exports/settings")
    String save(SettingsForm form, Caller caller, @AuthenticationPrincipal ShopUser user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        ShopUser.requireOwner(user, "only the shop's owner changes the DATEV settings");
        try {
            export.save(caller.requireCreditor(), form.consultantNumber(), form.clientNumber(), form.chart(),
                    form.fiscalYearStart(), null, caller.actor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/app/exports";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        }
        model.addAttribute("form", form);
        return page(caller, model, response);
    }

    @GetMapping("/app/exports/datev")
    Object download(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    Caller caller, Model model, HttpServletResponse response) {
        try {
            byte[] file = export.export(caller.requireCreditor(), from, to);
            return PayoutController.file(file, new MediaType("text", "csv", DatevExport.ENCODING),
                    "EXTF_Buchungsstapel_" + from + "_" + to + ".csv");
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (ConflictException e) {
            model.addAttribute("errors", e.violationsOr("consultantNumber"));
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return page(caller, model, response);
    }
}
