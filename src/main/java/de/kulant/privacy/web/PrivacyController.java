package de.kulant.privacy.web;

import de.kulant.claims.ClaimId;
import de.kulant.platform.Caller;
import de.kulant.platform.ForbiddenException;
import de.kulant.privacy.DataCopy;
import de.kulant.privacy.DataSubjectRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A debtor's data-subject requests through the API, for staff: the same copy and erasure as the privacy page. */
@RestController
@Tag(name = "Privacy")
class PrivacyController {

    private static final String ONLY_STAFF = "data-subject requests are handled by staff";

    private final DataSubjectRequests requests;

    PrivacyController(DataSubjectRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/admin/privacy/claims/{id}/copy")
    @Operation(summary = "Staff: a copy of everything held about the debtor of this claim (Art. 15 GDPR), audited")
    DataCopy copy(@PathVariable UUID id, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return requests.copy(new ClaimId(id), caller.actor());
    }

    @PostMapping("/api/v1/admin/privacy/claims/{id}/erasure")
    @Operation(summary = "Admin: erase the debtor of this claim (Art. 17 GDPR) where no claim is open and no retention "
            + "duty applies; otherwise the answer says why not and from when; audited")
    DataSubjectRequests.ErasureAnswer erase(@PathVariable UUID id, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin erases a debtor's data");
        }
        return requests.erase(new ClaimId(id), caller.actor());
    }

}
