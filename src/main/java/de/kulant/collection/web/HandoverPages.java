package de.kulant.collection.web;

import de.kulant.claims.ClaimId;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseOpening;
import de.kulant.collection.CaseQueries;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** From a claim's page to collection: staff hand a claim over by hand, and a claim in collection links to its case. */
@Controller
class HandoverPages {

    private final CaseOpening opening;
    private final CaseQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    HandoverPages(CaseOpening opening, CaseQueries queries, MessageSource messages, Clock clock) {
        this.opening = opening;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/claims/{id}/hand-over")
    String handOver(@PathVariable UUID id, Caller caller, RedirectAttributes redirect, Locale locale) {
        try {
            CaseId opened = opening.handOverByHand(new ClaimId(id), caller.actor());
            redirect.addFlashAttribute("message", messages.getMessage("cases.handedOver", null, locale));
            return "redirect:/cases/" + opened.value();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("claim"));
        }
        return "redirect:/claims/" + id + "#collection";
    }

    @GetMapping("/claims/{id}/case")
    String caseOf(@PathVariable UUID id) {
        return queries.ofClaim(null, new ClaimId(id), BusinessDates.today(clock))
                .map(c -> "redirect:/cases/" + c.id().value())
                .orElseThrow(() -> new NotFoundException("case"));
    }
}
