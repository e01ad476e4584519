package de.kulant.creditors.web;

import de.kulant.creditors.ShopUsers;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's users in its own app: the list (everyone reads it), invitations and removal (the owner), the page an
 * invitation link opens, and "forgot my password" with the page its link opens.
 */
@Controller
class ShopUserPages {

    private final ShopUsers users;

    ShopUserPages(ShopUsers users) {
        this.users = users;
    }

    @GetMapping("/app/users")
    String list(@AuthenticationPrincipal ShopUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("members", users.members(user.creditorId()));
        model.addAttribute("roles", List.of(ShopUser.ACCOUNTANT, ShopUser.OWNER));
        if (!model.containsAttribute("errorsByField")) {
            model.addAttribute("errorsByField", Map.of());
        }
        return "app/users";
    }

    @PostMapping("/app/users")
    String invite(@AuthenticationPrincipal ShopUser user, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String role, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        requireOwner(user);
        try {
            boolean mailed = users.invite(user, email, role, locale);
            redirect.addFlashAttribute("invited", email.strip());
            redirect.addFlashAttribute("mailed", mailed);
            return "redirect:/app/users";
        } catch (InvalidInputException e) {
            return refused(user, e.violations(), email, role, model, response);
        } catch (ConflictException e) {
            return refused(user, e.violationsOr("email"), email, role, model, response);
        }
    }

    @PostMapping("/app/users/{id}/invite-again")
    String inviteAgain(@AuthenticationPrincipal ShopUser user, @PathVariable UUID id, Locale locale,
                       RedirectAttributes redirect) {
        requireOwner(user);
        try {
            ShopUsers.Invitation sent = users.inviteAgain(user, id, locale);
            redirect.addFlashAttribute("invited", sent.email());
            redirect.addFlashAttribute("mailed", sent.mailed());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/app/users";
    }

    @PostMapping("/app/users/{id}/remove")
    String remove(@AuthenticationPrincipal ShopUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requireOwner(user);
        try {
            users.remove(user, id);
            redirect.addFlashAttribute("removed", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/app/users";
    }

    @GetMapping("/app/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return passwordPage(token, users.invitation(token).orElse(null), "invitation", model, response);
    }

    @PostMapping("/app/invitation/{token}")
    String acceptInvitation(@PathVariable String token, String newPassword, String repeatPassword, Model model,
                            HttpServletResponse response) {
        return setPassword(() -> users.acceptInvitation(token, newPassword, repeatPassword),
                () -> invitation(token, model, response), model, response);
    }

    @GetMapping("/app/password-reset")
    String resetForm() {
        return "app/reset-request";
    }

    @PostMapping("/app/password-reset")
    String requestReset(@RequestParam(required = false) String email, Locale locale, Model model) {
        users.requestPasswordReset(email, locale);
        model.addAttribute("requested", true);
        return "app/reset-request";
    }

    @GetMapping("/app/password-reset/{token}")
    String resetPage(@PathVariable String token, Model model, HttpServletResponse response) {
        return passwordPage(token, users.passwordReset(token).orElse(null), "reset", model, response);
    }

    @PostMapping("/app/password-reset/{token}")
    String reset(@PathVariable String token, String newPassword, String repeatPassword, Model model,
                 HttpServletResponse response) {
        return setPassword(() -> users.resetPassword(token, newPassword, repeatPassword),
                () -> resetPage(token, model, response), model, response);
    }

    /** Sets the password and sends the person to sign in; a refusal shows the form again with why. */
    private static String setPassword(Runnable set, Supplier<String> formAgain, Model model,
                                      HttpServletResponse response) {
        try {
            set.run();
            return "redirect:/app/login?passwordSet";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("errors", violations(e));
            response.setStatus(422);
            return formAgain.get();
        }
    }

    private String passwordPage(String token, ShopUsers.LinkHolder holder, String kind, Model model,
                                HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (holder == null && response.getStatus() < 400) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("holder", holder);
        model.addAttribute("token", token);
        model.addAttribute("kind", kind);
        return "app/set-password";
    }

    private String refused(ShopUser user, List<FieldViolation> violations, String email, String role, Model model,
                           HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("errors", violations);
        model.addAttribute("errorsByField", violations.stream()
                .collect(Collectors.groupingBy(v -> v.field() == null ? "" : v.field())));
        model.addAttribute("typedEmail", email);
        model.addAttribute("typedRole", role);
        return list(user, model, response);
    }

    private static List<FieldViolation> violations(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.violations()
                : ((ConflictException) e).violationsOr("");
    }

    private static void requireOwner(ShopUser user) {
        ShopUser.requireOwner(user, "only the shop's owner invites and removes users");
    }
}
