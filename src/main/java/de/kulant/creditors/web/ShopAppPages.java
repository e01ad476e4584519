package de.kulant.creditors.web;

import de.kulant.creditors.Creditors;
import de.kulant.platform.Caller;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The shop's own web app: its sign-in and its API keys, which the owner issues (shown once) and revokes; an
 * accountant reads. The start page with the dashboard is reporting's.
 */
@Controller
class ShopAppPages {

    private final Creditors creditors;

    ShopAppPages(Creditors creditors) {
        this.creditors = creditors;
    }

    @GetMapping("/app/login")
    String login() {
        return "app/login";
    }

    @GetMapping("/app/keys")
    String keys(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("keys", creditors.apiKeys(caller.requireCreditor()));
        return "app/keys";
    }

    @PostMapping("/app/keys")
    String issueKey(Caller caller, @AuthenticationPrincipal ShopUser user, Model model, HttpServletResponse response) {
        requireOwner(user);
        model.addAttribute("issued", creditors.issueApiKey(caller.requireCreditor(), caller.actor()));
        return keys(caller, model, response);
    }

    @PostMapping("/app/keys/{id}/revoke")
    String revokeKey(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user) {
        requireOwner(user);
        creditors.revokeApiKey(caller.requireCreditor(), id, caller.actor());
        return "redirect:/app/keys";
    }

    private static void requireOwner(ShopUser user) {
        ShopUser.requireOwner(user, "only the shop's owner issues and revokes API keys");
    }
}
