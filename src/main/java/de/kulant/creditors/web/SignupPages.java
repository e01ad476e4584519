package de.kulant.creditors.web;

import de.kulant.creditors.SignUp;
import de.kulant.creditors.SignUps;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public sign-up of a shop: one form (company, the person's e-mail and password, promo code, the contract
 * terms to accept), every mistake shown next to its field with the input kept, then the page that says where the
 * confirmation link went, and the page the link opens.
 */
@Controller
class SignupPages {

    private final SignUps signUps;

    SignupPages(SignUps signUps) {
        this.signUps = signUps;
    }

    /** The form as typed; the password is never sent back. */
    record SignupForm(String name, String email, String street, String postalCode, String city, String country,
                      String iban, String vatId, String userEmail, String password, String promoCode,
                      Boolean acceptTerms) {

        static SignupForm empty(String promoCode) {
            return new SignupForm("", "", "", "", "", "DE", "", "", "", "", promoCode == null ? "" : promoCode, false);
        }

        SignUp request() {
            return new SignUp(new SignUp.Company(name, email, new PostalAddress(street, postalCode, city, country), iban,
                    vatId), new SignUp.User(userEmail, password), promoCode, Boolean.TRUE.equals(acceptTerms));
        }
    }

    @GetMapping("/signup")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("form", SignupForm.empty(code));
        return page(model);
    }

    @PostMapping("/signup")
    String signUp(SignupForm form, Locale locale, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        try {
            SignUps.SignedUp done = signUps.signUp(form.request(), locale, request.getRemoteAddr());
            model.addAttribute("email", form.userEmail().strip());
            model.addAttribute("mailed", done.mailed());
            model.addAttribute("waivedUntil", done.commissionWaivedUntil());
            return "signup/sent";
        } catch (InvalidInputException e) {
            return refused(form, e.violations(), model);
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
            return refused(form, e.violations(), model);
        } catch (ConflictException e) {
            return refused(form, e.violationsOr("user.email"), model);
        }
    }

    @GetMapping("/signup/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", signUps.confirm(token).isPresent());
        return "signup/confirmed";
    }

    private String refused(SignupForm form, List<FieldViolation> violations, Model model) {
        model.addAttribute("form", new SignupForm(form.name(), form.email(), form.street(), form.postalCode(),
                form.city(), form.country(), form.iban(), form.vatId(), form.userEmail(), "", form.promoCode(),
                form.acceptTerms()));
        model.addAttribute("errors", violations);
        Map<String, List<FieldViolation>> byField = violations.stream()
                .collect(Collectors.groupingBy(v -> v.field() == null ? "" : v.field()));
        model.addAttribute("errorsByField", byField);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("terms", signUps.offeredTerms());
        if (!model.containsAttribute("errorsByField")) {
            model.addAttribute("errorsByField", Map.of());
        }
        return "signup/form";
    }
}
