package de.kulant.platform.security;

import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.StaffLink;
import de.kulant.platform.StaffLinkMail;
import de.kulant.platform.web.SortLinks;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The staff users page for admins, the page where each person changes their own password, and the public page
 * behind an invitation or reset link. Forms with errors are shown again with what was typed (passwords excepted).
 */
@Controller
class StaffUserPages {

    private final StaffAccounts accounts;
    private final StaffLinkMail mail;
    private final Clock clock;

    StaffUserPages(StaffAccounts accounts, StaffLinkMail mail, Clock clock) {
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    record UserForm(String username, String name, String email, String role, String password) {
    }

    /** A link shown to the admin once, with whether the e-mail went out. */
    record ShownLink(String username, String url, java.time.Instant expiresAt, boolean mailed, String purpose) implements Serializable {
        static ShownLink of(StaffLink link, boolean mailed) {
            return new ShownLink(link.username(), link.url(), link.expiresAt(), mailed, link.purpose().name());
        }
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String sort, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        ListOrder order = StaffAccounts.LIST_ORDER.orderOrDefault(sort);
        model.addAttribute("sorting", new SortLinks("/admin/users", Map.of(), StaffAccounts.LIST_ORDER, order));
        model.addAttribute("users", accounts.list(order));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "", "AGENT", ""));
        }
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(UserForm form, Caller caller, Locale locale, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            StaffAccounts.Created created = accounts.create(new StaffAccounts.NewStaffMember(form.username(),
                    form.name(), form.email(), form.role(), form.password()), caller.actor(), baseUrl(), locale);
            created.invitation().ifPresent(link -> redirect.addFlashAttribute("shownLink",
                    ShownLink.of(link, mail.send(link))));
            redirect.addFlashAttribute("created", created.account().username());
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (ConflictException e) {
            model.addAttribute("errors", e.violations());
        }
        response.setStatus(422);
        model.addAttribute("form", new UserForm(form.username(), form.name(), form.email(), form.role(), ""));
        return list(null, model, response);
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, Caller caller, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("deactivated", accounts.deactivate(id, caller.actor()).username());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violations());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, Caller caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reactivated", accounts.reactivate(id, caller.actor()).username());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password-reset")
    String reset(@PathVariable UUID id, Caller caller, Locale locale, RedirectAttributes redirect) {
        try {
            StaffLink link = accounts.issueReset(id, caller.actor(), baseUrl(), locale);
            redirect.addFlashAttribute("shownLink", ShownLink.of(link, mail.send(link)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violations());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/account/password")
    String ownPassword() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changeOwnPassword(String currentPassword, String newPassword, String repeatPassword, Principal principal,
                             HttpSession session, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(principal.getName(), currentPassword, newPassword, repeatPassword);
            StaffSessionFilter.renew(session, clock.instant());
            redirect.addFlashAttribute("changed", true);
            return "redirect:/account/password";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.violations());
            return "account/password";
        }
    }

    @GetMapping("/password/{token}")
    String linkPage(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Optional<StaffAccount> holder = accounts.linkHolder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("holder", holder.orElse(null));
        model.addAttribute("token", token);
        return "account/set-password";
    }

    @PostMapping("/password/{token}")
    String setPassword(@PathVariable String token, String newPassword, String repeatPassword, Model model,
                       HttpServletResponse response) {
        try {
            accounts.setPassword(token, newPassword, repeatPassword);
            return "redirect:/login?passwordSet";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.violations());
            model.addAttribute("holder", accounts.linkHolder(token).orElse(null));
            model.addAttribute("token", token);
            return "account/set-password";
        }
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
