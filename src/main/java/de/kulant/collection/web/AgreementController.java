package de.kulant.collection.web;

import de.kulant.collection.AgreementRules;
import de.kulant.collection.Agreements;
import de.kulant.collection.CaseId;
import de.kulant.collection.PlanQuotes;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A creditor's rules for instalment plans, payment pauses and settlements. */
@RestController
@Tag(name = "Collection")
class AgreementController {

    private final Agreements agreements;
    private final PlanQuotes quotes;

    AgreementController(Agreements agreements, PlanQuotes quotes) {
        this.agreements = agreements;
        this.quotes = quotes;
    }

    record FeeLineJson(String code, String label, String amount, String basis) {
    }

    record RateJson(int number, LocalDate dueOn, String amount) {
    }

    record QuoteJson(String openBalance, List<FeeLineJson> agreementFee, String agreementFeeTotal, String total,
                     List<RateJson> rates, boolean withinRules, List<String> beyondRules, boolean interestWaived) {
        static QuoteJson of(PlanQuotes.Quote q, boolean english) {
            List<FeeLineJson> lines = q.agreementFee() == null ? List.of() : q.agreementFee().lines().stream()
                    .map(l -> new FeeLineJson(l.code(), english ? l.labelEn() : l.labelDe(), l.amount().toPlainString(),
                            l.basis())).toList();
            return new QuoteJson(q.openBalance().toPlainString(), lines,
                    q.agreementFee() == null ? "0.00" : q.agreementFee().total().toPlainString(),
                    q.schedule().amount().toPlainString(), q.schedule().rates().stream()
                    .map(r -> new RateJson(r.number(), r.dueOn(), r.amount().toPlainString())).toList(),
                    q.beyondRules().isEmpty(), q.beyondRules(), q.interestWaived());
        }
    }

    @PostMapping({"/api/v1/cases/{id}/plan-quote", "/api/v1/admin/creditors/{creditorId}/cases/{id}/plan-quote"})
    @Operation(summary = "What an instalment plan would be, nothing stored: the rates to the cent over the open balance "
            + "and the agreement fee (itemised with its basis, §13a Abs. 3 RDG), and whether the terms (instalments, "
            + "interval MONTHLY or WEEKLY, firstDueOn, downPayment) lie within the creditor's rules")
    QuoteJson quote(@PathVariable UUID id, @RequestBody(required = false) PlanQuotes.Request request, Caller caller,
                    Locale locale) {
        PlanQuotes.Request r = request == null ? new PlanQuotes.Request(null, null, null, null) : request;
        return QuoteJson.of(quotes.quote(caller.creditor().orElse(null), new CaseId(id), r),
                "en".equals(locale.getLanguage()));
    }

    @GetMapping({"/api/v1/agreement-rules", "/api/v1/admin/creditors/{creditorId}/agreement-rules"})
    @Operation(summary = "The creditor's rules for agreements a debtor gets without asking it (the standard rules "
            + "until it sets its own): maxInstalments, minRate, maxPauseDays, maxDiscountPercent from discountFromDays, "
            + "chargeAgreementFee, waiveInterest")
    AgreementRules.Input get(Caller caller) {
        return agreements.rulesOf(caller.requireCreditor()).input();
    }

    @PutMapping({"/api/v1/agreement-rules", "/api/v1/admin/creditors/{creditorId}/agreement-rules"})
    @Operation(summary = "Replace the rules; a field left out takes the standard value (12 rates of at least 25.00, "
            + "60 days' pause, no discount, agreement fee charged, interest not waived)")
    AgreementRules.Input put(@RequestBody(required = false) AgreementRules.Input request, Caller caller) {
        return agreements.changeRules(caller.requireCreditor(), request, caller.actor()).input();
    }
}
