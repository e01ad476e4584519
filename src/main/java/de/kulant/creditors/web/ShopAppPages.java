package de.kulant.creditors.web;

import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.SignUps;
import de.kulant.platform.Caller;
import de.kulant.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The shop's own web app: its sign-in, and its start page with the company and the contract it accepted. */
@Controller
class ShopAppPages {

    private final Creditors creditors;
    private final SignUps signUps;

    ShopAppPages(Creditors creditors, SignUps signUps) {
        this.creditors = creditors;
        this.signUps = signUps;
    }

    @GetMapping("/app/login")
    String login() {
        return "app/login";
    }

    @GetMapping("/app")
    String home(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Creditor creditor = creditors.find(caller.requireCreditor()).orElseThrow(() -> new NotFoundException("creditor"));
        model.addAttribute("creditor", creditor);
        model.addAttribute("terms", signUps.terms(creditor.id()).orElse(null));
        return "app/home";
    }
}
