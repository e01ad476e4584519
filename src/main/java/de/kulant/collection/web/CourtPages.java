package de.kulant.collection.web;

import de.kulant.collection.CaseCourt;
import de.kulant.collection.CaseId;
import de.kulant.collection.CourtApprovals;
import de.kulant.collection.CourtProcedures;
import de.kulant.platform.Caller;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's court path: ask the creditor to approve court action, prepare the payment-order application for the
 * approved claims, and record each step of the procedure on its day.
 */
@Controller
class CourtPages {

    private final CaseCourt court;
    private final CourtApprovals approvals;
    private final CourtProcedures procedures;
    private final MessageSource messages;

    CourtPages(CaseCourt court, CourtApprovals approvals, CourtProcedures procedures, MessageSource messages) {
        this.court = court;
        this.approvals = approvals;
        this.procedures = procedures;
        this.messages = messages;
    }

    @PostMapping("/cases/{id}/court-request")
    String request(@PathVariable UUID id, Caller caller, RedirectAttributes redirect, Locale locale) {
        return PageActions.run(messages, id, redirect, locale, "court.requested", "court",
                () -> approvals.request(new CaseId(id), caller.actor()));
    }

    @PostMapping("/cases/{id}/court-application")
    String apply(@PathVariable UUID id, @RequestParam(required = false) String court,
                 @RequestParam(required = false) String fileOn, Caller caller, RedirectAttributes redirect,
                 Locale locale) {
        return PageActions.run(messages, id, redirect, locale, "court.prepared", "court", () -> procedures.create(
                this.court.of(new CaseId(id)).approved().stream().map(Object::toString).toList(), court, fileOn,
                caller.actor()));
    }

    @PostMapping("/cases/{id}/court/{procedure}/state")
    String state(@PathVariable UUID id, @PathVariable UUID procedure, @RequestParam(required = false) String state,
                 @RequestParam(required = false) String on, Caller caller, RedirectAttributes redirect, Locale locale) {
        return PageActions.run(messages, id, redirect, locale, "court.stepSaved", "court",
                () -> procedures.changeState(procedure, state, on, caller.actor()));
    }
}
