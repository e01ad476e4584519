package de.kulant.collection.web;

import de.kulant.collection.CaseId;
import de.kulant.collection.CaseLimitations;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** When limitation ends for the claims of a case, each step explained. */
@RestController
@Tag(name = "Collection")
class LimitationController {

    private final CaseLimitations limitations;

    LimitationController(CaseLimitations limitations) {
        this.limitations = limitations;
    }

    @GetMapping("/api/v1/cases/{id}/limitation")
    @Operation(summary = "Per claim of the case: the day its limitation ends (§§195, 199 BGB) with the case's "
            + "restarts (§212) and suspensions (§§204, 205, 209) applied, and the steps of the computation")
    List<LimitationJson> limitation(@PathVariable UUID id, Caller caller) {
        return limitations.of(caller.creditor().orElse(null), new CaseId(id)).stream().map(LimitationJson::of).toList();
    }

    record LimitationJson(UUID claimId, String invoiceNumber, LocalDate arisenOn, LocalDate endsOn, boolean suspended,
                          List<String> steps) {
        static LimitationJson of(CaseLimitations.ClaimLimitation l) {
            return new LimitationJson(l.claimId().value(), l.invoiceNumber(), l.arisenOn(), l.endsOn(), l.suspended(),
                    l.steps());
        }
    }
}
