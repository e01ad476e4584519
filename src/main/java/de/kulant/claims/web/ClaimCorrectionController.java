package de.kulant.claims.web;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorContacts;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of a claim after intake: writing it off, and the debtor's contact data. */
@RestController
@RequestMapping({"/api/v1/claims", "/api/v1/admin/creditors/{creditorId}/claims"})
@Tag(name = "Claims")
class ClaimCorrectionController {

    private final ClaimAccounting accounting;
    private final DebtorContacts contacts;
    private final ClaimQueries queries;
    private final Clock clock;

    ClaimCorrectionController(ClaimAccounting accounting, DebtorContacts contacts, ClaimQueries queries, Clock clock) {
        this.accounting = accounting;
        this.contacts = contacts;
        this.queries = queries;
        this.clock = clock;
    }

    record WriteOffRequest(String date, String reason) {
    }

    record AddressRequest(String street, String postalCode, String city, String country) {
    }

    record DebtorRequest(String name, AddressRequest address, String email, String phone) {
    }

    @PostMapping("/{id}/write-off")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write the claim off with a reason: everything still open is booked out (WRITE_OFF postings) "
            + "and the claim becomes WRITTEN_OFF; nothing more is asked of the debtor")
    ClaimJson writeOff(@PathVariable UUID id, @RequestBody WriteOffRequest request, Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        InputCheck check = new InputCheck();
        LocalDate date = check.date("date", request.date(), true);
        check.throwIfInvalid();
        accounting.writeOff(creditor, new ClaimId(id), date, request.reason(), caller.actor());
        return queries.find(creditor, new ClaimId(id), BusinessDates.today(clock)).map(ClaimJson::of).orElseThrow();
    }

    @PutMapping("/{id}/debtor")
    @Operation(summary = "Correct the debtor's name, address, e-mail and phone; the change holds for all claims of "
            + "this debtor at the creditor and is audited")
    ClaimJson debtor(@PathVariable UUID id, @RequestBody DebtorRequest request, Caller caller) {
        CreditorId creditor = caller.requireCreditor();
        AddressRequest a = request.address() == null ? new AddressRequest(null, null, null, null) : request.address();
        contacts.change(creditor, new ClaimId(id), new DebtorContacts.ContactChange(request.name(), a.street(),
                a.postalCode(), a.city(), a.country(), request.email(), request.phone()), caller.actor());
        return queries.find(creditor, new ClaimId(id), BusinessDates.today(clock)).map(ClaimJson::of).orElseThrow();
    }
}
