package de.kulant.collection.web;

import de.kulant.collection.AgreementRules;
import de.kulant.collection.Agreements;
import de.kulant.collection.CaseId;
import de.kulant.collection.Deferrals;
import de.kulant.collection.InstalmentPlans;
import de.kulant.collection.PlanQuotes;
import de.kulant.collection.Settlements;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agreements on a case (instalment plans, payment pauses) and a creditor's rules for them. */
@RestController
@Tag(name = "Collection")
class AgreementController {

    private static final String ONLY_STAFF = "only staff agree plans and pauses";

    private final Agreements agreements;
    private final PlanQuotes quotes;
    private final InstalmentPlans plans;
    private final Deferrals deferrals;
    private final Settlements settlements;

    AgreementController(Agreements agreements, PlanQuotes quotes, InstalmentPlans plans, Deferrals deferrals,
                        Settlements settlements) {
        this.settlements = settlements;
        this.agreements = agreements;
        this.quotes = quotes;
        this.plans = plans;
        this.deferrals = deferrals;
    }

    record MandateJson(String iban, String mandateReference, LocalDate signedOn, String accountHolder) {
    }

    record ScheduleJson(int number, LocalDate dueOn, String amount, String reference, String status, LocalDate paidOn) {
    }

    record PlanJson(UUID id, String status, String openBalance, String agreementFee, String amount, int instalments,
                    String interval, LocalDate firstDueOn, boolean interestWaived, LocalDate agreedOn, LocalDate endedOn,
                    int missedRates, String paidSince, MandateJson directDebit, List<ScheduleJson> schedule) {
        static PlanJson of(InstalmentPlans.PlanView view) {
            PlanStore.PlanRow p = view.plan();
            return new PlanJson(p.id(), p.status(), p.openBalance().toPlainString(), p.agreementFee().toPlainString(),
                    p.amount().toPlainString(), p.instalments(), p.interval(), p.firstDueOn(), p.interestWaived(),
                    p.agreedOn(), p.endedOn(), p.misses(), p.paidSince().toPlainString(), p.mandate() == null ? null
                    : new MandateJson(p.mandate().iban(), p.mandate().reference(), p.mandate().signedOn(),
                    p.mandate().holder()),
                    view.rates().stream().map(r -> new ScheduleJson(r.number(), r.dueOn(), r.amount().toPlainString(),
                            r.reference(), r.status(), r.paidOn())).toList());
        }
    }

    record DeferralRequest(String until, String reason) {
    }

    record DeferralJson(UUID id, LocalDate from, LocalDate until, String reason, String status) {
        static DeferralJson of(DeferralStore.DeferralRow d) {
            return new DeferralJson(d.id(), d.from(), d.until(), d.reason(), d.status());
        }
    }

    @PostMapping("/api/v1/cases/{id}/instalment-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: agree an instalment plan over the open balance and the agreement fee as the quote shows "
            + "it; within the creditor's rules it runs at once (ACTIVE: fee posted, limitation restarted §212 BGB, plan "
            + "letter sent), beyond them it waits for the creditor (PENDING_CREDITOR)")
    PlanJson agree(@PathVariable UUID id, @RequestBody(required = false) InstalmentPlans.Request request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return PlanJson.of(plans.agree(null, new CaseId(id), request, caller.actor()));
    }

    @GetMapping("/api/v1/cases/{id}/instalment-plans")
    @Operation(summary = "The case's instalment plans, newest first, each with its rates and how they were paid")
    List<PlanJson> plans(@PathVariable UUID id, Caller caller) {
        return plans.ofCase(caller.creditor().orElse(null), new CaseId(id)).stream().map(PlanJson::of).toList();
    }

    @PostMapping("/api/v1/cases/{id}/deferrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: pause the case until a day within the creditor's rules (Stundung): no automatic step, "
            + "limitation suspended (§205 BGB); the day after, the case resumes")
    DeferralJson pause(@PathVariable UUID id, @RequestBody(required = false) DeferralRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        DeferralRequest r = request == null ? new DeferralRequest(null, null) : request;
        return DeferralJson.of(deferrals.pause(null, new CaseId(id), r.until(), r.reason(), caller.actor()));
    }

    @GetMapping("/api/v1/cases/{id}/deferrals")
    @Operation(summary = "The case's payment pauses, newest first")
    List<DeferralJson> deferrals(@PathVariable UUID id, Caller caller) {
        return deferrals.ofCase(caller.creditor().orElse(null), new CaseId(id)).stream().map(DeferralJson::of).toList();
    }

    record OfferRequest(String amount, String validUntil) {
    }

    record OfferJson(UUID id, String status, String openBalance, String amount, String discountPercent,
                     LocalDate validUntil, String reference, String beyondRules, LocalDate endedOn) {
        static OfferJson of(SettlementStore.SettlementRow s) {
            return new OfferJson(s.id(), s.status(), s.openBalance().toPlainString(), s.amount().toPlainString(),
                    s.discountPercent().toPlainString(), s.validUntil(), s.reference(), s.beyondRules(), s.endedOn());
        }
    }

    @PostMapping("/api/v1/cases/{id}/settlement-offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: offer to settle the case for a reduced amount paid by validUntil (at most 60 days); "
            + "within the creditor's rules (discount, case age) it goes to the debtor at once (APPROVED), beyond them "
            + "it waits for the creditor (PENDING_CREDITOR, see /api/v1/approvals); paid in time, the rest is let go "
            + "and the case closes as SETTLED, else it EXPIRES")
    OfferJson offer(@PathVariable UUID id, @RequestBody(required = false) OfferRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        OfferRequest r = request == null ? new OfferRequest(null, null) : request;
        return OfferJson.of(settlements.offer(null, new CaseId(id), r.amount(), r.validUntil(), caller.actor()));
    }

    @GetMapping("/api/v1/cases/{id}/settlement-offers")
    @Operation(summary = "The case's settlement offers, newest first")
    List<OfferJson> offers(@PathVariable UUID id, Caller caller) {
        return settlements.ofCase(caller.creditor().orElse(null), new CaseId(id)).stream().map(OfferJson::of).toList();
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
            + "chargeAgreementFee, waiveInterest, and creditBureau, the credit bureau it reports to (null: none); with "
            + "segment, the rules the cases of that segment of its collection strategy get")
    AgreementRules.Input get(@RequestParam(required = false) String segment, Caller caller) {
        return (segment == null ? agreements.rulesOf(caller.requireCreditor())
                : agreements.rulesOf(caller.requireCreditor(), segment)).input();
    }

    @GetMapping({"/api/v1/agreement-rules/segments", "/api/v1/admin/creditors/{creditorId}/agreement-rules/segments"})
    @Operation(summary = "The segments of the creditor's collection strategy that have agreement rules of their own")
    Map<String, AgreementRules.Input> segments(Caller caller) {
        Map<String, AgreementRules.Input> found = new TreeMap<>();
        agreements.segmentRules(caller.requireCreditor()).forEach((name, rules) -> found.put(name, rules.input()));
        return found;
    }

    @DeleteMapping({"/api/v1/agreement-rules", "/api/v1/admin/creditors/{creditorId}/agreement-rules"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The segment (required) follows the creditor's rules again")
    void removeSegment(@RequestParam String segment, Caller caller) {
        agreements.removeSegmentRules(caller.requireCreditor(), segment, caller.actor());
    }

    @PutMapping({"/api/v1/agreement-rules", "/api/v1/admin/creditors/{creditorId}/agreement-rules"})
    @Operation(summary = "Replace the rules; a field left out takes the standard value (12 rates of at least 25.00, "
            + "60 days' pause, no discount, agreement fee charged, interest not waived, no credit bureau); with segment, "
            + "that segment's rules (its credit bureau stays the creditor's)")
    AgreementRules.Input put(@RequestParam(required = false) String segment,
                             @RequestBody(required = false) AgreementRules.Input request, Caller caller) {
        return (segment == null ? agreements.changeRules(caller.requireCreditor(), request, caller.actor())
                : agreements.changeSegmentRules(caller.requireCreditor(), segment, request, caller.actor())).input();
    }
}
