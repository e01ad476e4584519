package de.kulant.collection.web;

import de.kulant.collection.Approvals;
import de.kulant.platform.Caller;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's inbox of decisions in its own app: settlement offers and plans beyond its rules, handovers and court
 * steps it approves itself, each with its deadline and what happens without an answer. Owners decide; an accountant
 * reads.
 */
@Controller
class ShopApprovalPages {

    private final Approvals approvals;

    ShopApprovalPages(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/app/approvals")
    String inbox(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("approvals", approvals.pending(caller.requireCreditor()));
        return "app/approvals";
    }

    @PostMapping("/app/approvals/{id}/approve")
    String approve(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user,
                   RedirectAttributes redirect) {
        return decide(id, true, caller, user, redirect);
    }

    @PostMapping("/app/approvals/{id}/decline")
    String decline(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user,
                   RedirectAttributes redirect) {
        return decide(id, false, caller, user, redirect);
    }

    private String decide(UUID id, boolean approve, Caller caller, ShopUser user, RedirectAttributes redirect) {
        if (user == null || !ShopUser.OWNER.equals(user.role())) {
            throw new ForbiddenException("only the shop's owner decides");
        }
        approvals.decide(caller.requireCreditor(), id, approve, caller.actor());
        redirect.addFlashAttribute("decided", approve ? "APPROVED" : "DECLINED");
        return "redirect:/app/approvals";
    }
}
