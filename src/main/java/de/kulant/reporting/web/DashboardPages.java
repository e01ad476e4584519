package de.kulant.reporting.web;

import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.creditors.Creditors;
import de.kulant.platform.CreditorId;
import de.kulant.reporting.Dashboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff start page: all creditors, or one chosen. */
@Controller
class DashboardPages {

    private final Dashboard dashboard;
    private final Creditors creditors;
    private final CreditorChoices choices;

    DashboardPages(Dashboard dashboard, Creditors creditors, CreditorChoices choices) {
        this.dashboard = dashboard;
        this.choices = choices;
        this.creditors = creditors;
    }

    @GetMapping("/dashboard")
    String show(@RequestParam(required = false) String creditor, @RequestParam(required = false) String creditorSearch,
                Model model) {
        CreditorId selected = null;
        if (creditor != null && !creditor.isBlank()) {
            try {
                selected = CreditorId.of(creditor.strip());
            } catch (IllegalArgumentException e) {
                selected = null;
            }
        }
        CreditorId scope = selected;
        CreditorChoices.Choice choice = choices.of(creditor, creditorSearch);
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("selected", scope == null ? null : scope.toString());
        model.addAttribute("selectedName", scope == null ? null : creditors.find(scope).map(Creditor::name).orElse(null));
        model.addAttribute("view", dashboard.show(scope));
        return "reporting/dashboard";
    }
}
