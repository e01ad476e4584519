package de.kulant.collection.web;

import de.kulant.collection.Approvals;
import de.kulant.collection.Disputes;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's inbox of decisions in its own app: settlement offers and plans beyond its rules, handovers and court
 * steps it approves itself, each with its deadline and what happens without an answer, and debtors' disputes that
 * wait for its evidence. Owners decide and answer; an accountant reads.
 */
@Controller
class ShopApprovalPages {

    private static final int EVIDENCE_SHOWN = 100;

    private final Approvals approvals;
    private final Disputes disputes;

    ShopApprovalPages(Approvals approvals, Disputes disputes) {
        this.approvals = approvals;
        this.disputes = disputes;
    }

    @GetMapping("/app/approvals")
    String inbox(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("approvals", approvals.pending(caller.requireCreditor()));
        model.addAttribute("evidence", disputes.evidenceRequests(caller.requireCreditor(), EVIDENCE_SHOWN));
        return "app/approvals";
    }

    /** The owner answers a debtor's dispute with its evidence; the case worker decides on it. */
    @PostMapping("/app/approvals/evidence/{disputeId}")
    String evidence(@PathVariable UUID disputeId, @RequestParam(required = false) String text, Caller caller,
                    @AuthenticationPrincipal ShopUser user, RedirectAttributes redirect) {
        ShopUser.requireOwner(user, "only the shop's owner answers disputes");
        try {
            disputes.submitEvidence(caller.requireCreditor(), disputeId, text, caller.actor());
            redirect.addFlashAttribute("evidenceSent", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/app/approvals#dispute-" + disputeId;
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
        ShopUser.requireOwner(user, "only the shop's owner decides");
        approvals.decide(caller.requireCreditor(), id, approve, caller.actor());
        redirect.addFlashAttribute("decided", approve ? "APPROVED" : "DECLINED");
        return "redirect:/app/approvals";
    }
}
