package de.kulant.creditors.web;

import de.kulant.creditors.ContractTerms;
import de.kulant.creditors.PromoCode;
import de.kulant.creditors.PromoCodes;
import de.kulant.creditors.SignUp;
import de.kulant.creditors.SignUps;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A shop signs up by itself (no authentication), and admins manage the promo codes it may give. */
@RestController
@Tag(name = "Creditor self-service")
class SignupController {

    private final SignUps signUps;
    private final PromoCodes promoCodes;

    SignupController(SignUps signUps, PromoCodes promoCodes) {
        this.signUps = signUps;
        this.promoCodes = promoCodes;
    }

    record TermsJson(BigDecimal commissionPercent, boolean settlementsNeedApproval, String version) {
    }

    record SignedUpJson(UUID creditorId, LocalDate commissionWaivedUntil, boolean confirmationMailed) {
    }

    @GetMapping("/api/v1/signup/terms")
    @Operation(summary = "The contract terms a shop signing up now accepts: success commission in percent of the "
            + "principal and interest collected, whether settlements above its rules need its approval, the version")
    TermsJson terms() {
        ContractTerms terms = signUps.offeredTerms();
        return new TermsJson(terms.commissionPercent(), terms.settlementsNeedApproval(), terms.version());
    }

    @PostMapping("/api/v1/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign a shop up: {company: {name, email, address, iban, vatId?}, user: {email, password}, "
            + "promoCode?, acceptTerms?}. The call accepts the terms of GET /api/v1/signup/terms (acceptTerms: false "
            + "refuses them). The user confirms the e-mail address by the link sent to it, then signs in at /app")
    SignedUpJson signUp(@RequestBody SignUp request, Locale locale, HttpServletRequest http) {
        // the client's address; behind a trusted proxy Tomcat has taken it from X-Forwarded-For already
        SignUps.SignedUp done = signUps.signUp(request, locale, http.getRemoteAddr());
        return new SignedUpJson(done.creditorId().value(), done.commissionWaivedUntil(), done.mailed());
    }

    @GetMapping("/api/v1/admin/promo-codes")
    @Operation(summary = "Promo codes with their uses (ADMIN)")
    List<PromoCode> promoCodes(Caller caller) {
        return promoCodes.all();
    }

    @PostMapping("/api/v1/admin/promo-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a promo code (ADMIN): {code, waivesCommissionMonths, validUntil?, maxUses?}")
    PromoCode createPromoCode(@RequestBody PromoCodes.NewPromoCode request, Caller caller) {
        return promoCodes.create(request, caller.actor());
    }
}
