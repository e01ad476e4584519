package de.kulant.creditors.web;

import de.kulant.creditors.ApiKeyInfo;
import de.kulant.creditors.ContractChange;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.IssuedApiKey;
import de.kulant.creditors.NewCreditor;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.platform.Caller;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Page;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.web.SecretResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin API for creditors and their API keys (api.md, "Admin"). Staff with role ADMIN only. */
@RestController
@RequestMapping("/api/v1/admin/creditors")
@Tag(name = "Admin: creditors")
class AdminCreditorController {

    private final Creditors creditors;

    AdminCreditorController(Creditors creditors) {
        this.creditors = creditors;
    }

    record AddressJson(String street, String postalCode, String city, String country) {
    }

    record CreditorRequest(String name, String email, AddressJson address, String iban, String bic, String promoCode,
                           Boolean handoverRequiresApproval, Boolean deductsInputTax) {
    }

    record ResidualWaiverJson(boolean enabled, String maximum, String principalTolerance) {
    }

    record CreditorJson(UUID id, String name, String email, AddressJson address, String iban, String bic,
                        String promoCode, boolean handoverRequiresApproval, ResidualWaiverJson residualWaiver,
                        boolean deductsInputTax, Instant createdAt) {

        static CreditorJson of(Creditor c) {
            PostalAddress a = c.address();
            ResidualWaiver w = c.residualWaiver();
            return new CreditorJson(c.id().value(), c.name(), c.email(),
                    new AddressJson(a.street(), a.postalCode(), a.city(), a.country()), c.iban(), c.bic(),
                    c.promoCode(), c.handoverRequiresApproval(), new ResidualWaiverJson(w.enabled(),
                            w.maximum().toPlainString(), w.principalTolerance().toPlainString()), c.deductsInputTax(),
                    c.createdAt());
        }
    }

    record ContractRequest(Boolean handoverRequiresApproval, Boolean residualWaiver, String residualWaiverMaximum,
                           String residualPrincipalTolerance, Boolean deductsInputTax) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a creditor (a shop)")
    CreditorJson create(@RequestBody CreditorRequest request, Caller caller) {
        AddressJson a = request.address();
        PostalAddress address = a == null ? null : new PostalAddress(a.street(), a.postalCode(), a.city(), a.country());
        return CreditorJson.of(creditors.create(new NewCreditor(request.name(), request.email(), address,
                request.iban(), request.bic(), request.promoCode(), request.handoverRequiresApproval(),
                request.deductsInputTax()), caller.actor()));
    }

    @GetMapping
    @Operation(summary = "List creditors")
    Page<CreditorJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return creditors.list(PageRequest.of(page, size)).map(CreditorJson::of);
    }

    @GetMapping("/{creditorId}")
    @Operation(summary = "Get one creditor")
    CreditorJson get(Caller caller) {
        return creditors.find(caller.requireCreditor()).map(CreditorJson::of)
                .orElseThrow(() -> new NotFoundException("creditor"));
    }

    @org.springframework.web.bind.annotation.PutMapping("/{creditorId}/contract")
    @Operation(summary = "Change the contract: whether handovers to collection wait for the creditor's approval, and "
            + "what is let go when a debtor pays what a notice asked for (residualWaiver, residualWaiverMaximum up to "
            + "50.00, residualPrincipalTolerance up to 50.00), and whether the creditor deducts input tax (deductsInputTax; "
            + "only when it does not is VAT charged on collection costs); terms not given stay as they are")
    CreditorJson contract(@RequestBody ContractRequest request, Caller caller) {
        if (request.handoverRequiresApproval() == null && request.residualWaiver() == null
                && request.residualWaiverMaximum() == null && request.residualPrincipalTolerance() == null
                && request.deductsInputTax() == null) {
            throw new de.kulant.platform.InvalidInputException("handoverRequiresApproval",
                    "give at least one term: handoverRequiresApproval, residualWaiver, residualWaiverMaximum, "
                            + "residualPrincipalTolerance or deductsInputTax");
        }
        return CreditorJson.of(creditors.changeContract(caller.requireCreditor(), new ContractChange(
                request.handoverRequiresApproval(), request.residualWaiver(), request.residualWaiverMaximum(),
                request.residualPrincipalTolerance(), request.deductsInputTax()), caller.actor()));
    }

    @PostMapping("/{creditorId}/api-keys")
    @Operation(summary = "Issue an API key; the key is shown only in this response and never replayed for an "
            + "Idempotency-Key")
    ResponseEntity<IssuedApiKey> issueKey(Caller caller, HttpServletRequest request) {
        SecretResponses.mark(request);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(creditors.issueApiKey(caller.requireCreditor(), caller.actor()));
    }

    @GetMapping("/{creditorId}/api-keys")
    @Operation(summary = "List a creditor's API keys (prefixes only)")
    List<ApiKeyInfo> keys(Caller caller) {
        return creditors.apiKeys(caller.requireCreditor());
    }

    @DeleteMapping("/{creditorId}/api-keys/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key; it answers 401 from now on")
    void revokeKey(@PathVariable UUID keyId, Caller caller) {
        creditors.revokeApiKey(caller.requireCreditor(), keyId, caller.actor());
    }
}
