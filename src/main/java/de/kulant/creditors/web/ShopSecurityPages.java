package de.kulant.creditors.web;

import de.kulant.creditors.ShopTwoFactor;
import de.kulant.creditors.ShopUsers;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each shop user's own sign-in security: their password, and two-factor sign-in with an authenticator app,
 * switched on by scanning a QR code and typing one code, and off again with a code.
 */
@Controller
class ShopSecurityPages {

    private final ShopTwoFactor twoFactor;
    private final ShopUsers users;

    ShopSecurityPages(ShopTwoFactor twoFactor, ShopUsers users) {
        this.twoFactor = twoFactor;
        this.users = users;
    }

    @GetMapping("/app/security")
    String page(@AuthenticationPrincipal ShopUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("enabled", twoFactor.enabled(user.id()));
        twoFactor.pending(user).ifPresent(setup -> {
            model.addAttribute("setup", setup);
            model.addAttribute("qr", QrSvg.of(setup.uri()));
        });
        return "app/security";
    }

    /** A new password ends every session of the user, this one too; they sign in again with it. */
    @PostMapping("/app/security/password")
    String changePassword(@AuthenticationPrincipal ShopUser user, String currentPassword, String newPassword,
                          String repeatPassword, HttpServletRequest request, HttpServletResponse response,
                          Authentication signedIn, RedirectAttributes redirect) {
        try {
            users.changePassword(user, currentPassword, newPassword, repeatPassword);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("passwordErrors", e.violations());
            return "redirect:/app/security";
        }
        new SecurityContextLogoutHandler().logout(request, response, signedIn);
        return "redirect:/app/login?passwordSet";
    }

    @PostMapping("/app/security/two-factor")
    String start(@AuthenticationPrincipal ShopUser user, RedirectAttributes redirect) {
        try {
            twoFactor.start(user);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/app/security";
    }

    @PostMapping("/app/security/two-factor/confirm")
    String confirm(@AuthenticationPrincipal ShopUser user, @RequestParam(required = false) String code,
                   RedirectAttributes redirect) {
        return decide(redirect, "twoFactorOn", () -> twoFactor.confirm(user, code));
    }

    @PostMapping("/app/security/two-factor/disable")
    String disable(@AuthenticationPrincipal ShopUser user, @RequestParam(required = false) String code,
                   RedirectAttributes redirect) {
        return decide(redirect, "twoFactorOff", () -> twoFactor.disable(user, code));
    }

    private static String decide(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/app/security";
    }
}
