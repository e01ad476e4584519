package de.kulant.collection.web;

import de.kulant.claims.ClaimId;
import de.kulant.collection.CaseClosing;
import de.kulant.collection.CaseOpening;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shop's owner hands one of its claims to collection early, or takes a claim back out of collection. */
@Controller
class ShopHandoverPages {

    private final CaseOpening opening;
    private final CaseClosing closing;
    private final MessageSource messages;

    ShopHandoverPages(CaseOpening opening, CaseClosing closing, MessageSource messages) {
        this.opening = opening;
        this.closing = closing;
        this.messages = messages;
    }

    @PostMapping("/app/claims/{id}/hand-over")
    String handOver(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user, Locale locale,
                    RedirectAttributes redirect) {
        ShopUser.requireOwner(user, "only the shop's owner hands claims over");
        return act(id, redirect, locale, "shopClaims.handedOver",
                () -> opening.handOver(caller.requireCreditor(), new ClaimId(id), caller.actor()));
    }

    @PostMapping("/app/claims/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Caller caller,
                    @AuthenticationPrincipal ShopUser user, Locale locale, RedirectAttributes redirect) {
        ShopUser.requireOwner(user, "only the shop's owner withdraws claims");
        return act(id, redirect, locale, "shopClaims.withdrawn",
                () -> closing.withdraw(caller.requireCreditor(), new ClaimId(id), reason, caller.actor()));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String messageKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", messages.getMessage(messageKey, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("claim"));
        }
        return "redirect:/app/claims/" + id + "#collection";
    }
}
