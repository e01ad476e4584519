package de.kulant.legal.web;

import de.kulant.law.BaseRate;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.InterestResult;
import de.kulant.legal.Calculators;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Caller;
import de.kulant.platform.InputCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The German-law calculators of api.md, for any authenticated caller; base-rate additions for admins. */
@RestController
@Tag(name = "German-law calculators")
class LawController {

    private final CurrentLaw law;
    private final Calculators calculators;

    LawController(CurrentLaw law, Calculators calculators) {
        this.law = law;
        this.calculators = calculators;
    }

    record BaseRateJson(LocalDate validFrom, String rate) {
        static BaseRateJson of(BaseRate rate) {
            return new BaseRateJson(rate.validFrom(), rate.percent().setScale(2).toPlainString());
        }
    }

    record PeriodJson(LocalDate from, LocalDate to, int days, String ratePercent, String amount, boolean provisional) {
    }

    record InterestJson(String amount, List<PeriodJson> periods, boolean provisional, String dayCount) {
        static InterestJson of(InterestResult result) {
            return new InterestJson(result.amount().toPlainString(), result.periods().stream()
                    .map(p -> new PeriodJson(p.from(), p.to(), p.days(), p.ratePercent().toPlainString(),
                            p.amount().toPlainString(), p.provisional()))
                    .toList(), result.provisional(), InterestResult.DAY_COUNT);
        }
    }

    record LineJson(String code, String label, String amount, String basis) {
    }

    record CostsJson(String factor, String oneFee, String fee, String flatRate, String vat, String offset, String total,
                     List<LineJson> lines, String table) {
        static CostsJson of(CollectionCostResult r, boolean english) {
            return new CostsJson(r.factor().toPlainString(), r.oneFee().toPlainString(), r.fee().toPlainString(),
                    r.flatRate().toPlainString(), r.vat().toPlainString(), r.offset().toPlainString(),
                    r.total().toPlainString(), r.lines().stream()
                    .map(l -> new LineJson(l.code(), english ? l.labelEn() : l.labelDe(), l.amount().toPlainString(), l.basis()))
                    .toList(), r.table());
        }
    }

    record BaseRateRequest(String validFrom, String rate) {
    }

    @GetMapping("/api/v1/law/base-rates")
    @Operation(summary = "The base rates of §247 BGB since 2002, with values added by admins")
    List<BaseRateJson> baseRates() {
        return law.baseRates().rates().stream().map(BaseRateJson::of).toList();
    }

    @GetMapping("/api/v1/law/default-interest")
    @Operation(summary = "Default interest (§288 BGB) on a principal; from and to both inclusive")
    InterestJson defaultInterest(@RequestParam(required = false) String principal,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String debtorKind) {
        return InterestJson.of(calculators.defaultInterest(principal, from, to, debtorKind));
    }

    @GetMapping("/api/v1/law/collection-costs")
    @Operation(summary = "Maximum chargeable collection costs (§13e RDG, RVG) for a mandate given on date")
    CostsJson collectionCosts(@RequestParam(required = false) String claimValue,
                              @RequestParam(required = false) String date,
                              @RequestParam(required = false) String debtorKind,
                              @RequestParam(required = false) Boolean promptPayment,
                              @RequestParam(required = false) Boolean creditorDeductsVat,
                              @RequestParam(required = false) Boolean b2bFlatFeeCharged,
                              HttpServletRequest request) {
        return CostsJson.of(calculators.collectionCosts(claimValue, date, debtorKind, promptPayment,
                creditorDeductsVat, b2bFlatFeeCharged), english(request));
    }

    record DefaultStartJson(boolean inDefault, LocalDate since, String rule, String basis) {
    }

    @GetMapping("/api/v1/law/start-of-default")
    @Operation(summary = "Start of default (§286 BGB): the first day of default and the rule that applied")
    DefaultStartJson startOfDefault(@RequestParam(required = false) String debtorKind,
                                    @RequestParam(required = false) String invoiceDate,
                                    @RequestParam(required = false) String dueDate,
                                    @RequestParam(required = false) String postalCode,
                                    @RequestParam(required = false) String country,
                                    @RequestParam(required = false) Boolean calendarDueDateAgreed,
                                    @RequestParam(required = false) Boolean consumerNoticeGiven,
                                    @RequestParam(required = false) String noticeDate,
                                    @RequestParam(required = false) String noticePayBy) {
        return calculators.startOfDefault(debtorKind, invoiceDate, dueDate, postalCode, country, calendarDueDateAgreed,
                        consumerNoticeGiven, noticeDate, noticePayBy)
                .map(start -> new DefaultStartJson(true, start.since(), start.rule().name(), start.rule().basis()))
                .orElse(new DefaultStartJson(false, null, null, null));
    }

    record LimitationJson(LocalDate endsOn, boolean suspended, List<String> steps) {
    }

    @GetMapping("/api/v1/law/limitation")
    @Operation(summary = "End of limitation (§§195, 199, 204, 205, 209, 212 BGB) of a claim arisen on a date",
            description = "restartedOn: dates of partial payments or acknowledgements (repeatable); suspension: "
                    + "deferrals as from/until (repeatable, until may be empty); courtProcedure: served/ended of a "
                    + "court dunning procedure (repeatable, ended may be empty); titleOn: a final title")
    LimitationJson limitation(@RequestParam(required = false) String arisenOn,
                              @RequestParam(required = false) List<String> restartedOn,
                              @RequestParam(required = false) List<String> suspension,
                              @RequestParam(required = false) List<String> courtProcedure,
                              @RequestParam(required = false) String titleOn) {
        var result = calculators.limitation(arisenOn, orEmpty(restartedOn), orEmpty(suspension),
                orEmpty(courtProcedure), titleOn);
        return new LimitationJson(result.endsOn(), result.suspended(), result.steps());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    record FeeJson(boolean allowed, String amount, String reason, String explanation) {
    }

    @GetMapping("/api/v1/law/dunning-fee")
    @Operation(summary = "Whether a dunning notice may carry the configured fee, and why",
            description = "channel: EMAIL, LETTER or EMAIL_AND_LETTER (default LETTER); businessFlatFeeCharged: the 40 EUR "
                    + "of §288 Abs. 5 BGB were charged on the claim")
    FeeJson dunningFee(@RequestParam(required = false) String fee,
                       @RequestParam(required = false) Boolean inDefaultBeforeNotice,
                       @RequestParam(required = false) String channel,
                       @RequestParam(required = false) Boolean businessFlatFeeCharged,
                       HttpServletRequest request) {
        var decision = calculators.dunningFee(fee, inDefaultBeforeNotice, channel, businessFlatFeeCharged);
        String explanation = english(request) ? decision.reason().english() : decision.reason().german();
        return decision instanceof de.kulant.law.FeeDecision.FeeAllowed allowed
                ? new FeeJson(true, allowed.amount().toPlainString(), decision.reason().name(), explanation)
                : new FeeJson(false, "0.00", decision.reason().name(), explanation);
    }

    @PostMapping("/api/v1/admin/base-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a base rate published after this release (admin)")
    BaseRateJson addBaseRate(@RequestBody BaseRateRequest request, Caller caller) {
        InputCheck check = new InputCheck();
        LocalDate validFrom = check.date("validFrom", request.validFrom(), true);
        BigDecimal rate = null;
        if (request.rate() == null || request.rate().isBlank()) {
            check.violation("rate", "is required");
        } else {
            try {
                rate = new BigDecimal(request.rate().strip());
            } catch (NumberFormatException e) {
                check.violation("rate", "'" + request.rate() + "' is not a number (e.g. \"1.27\")");
            }
        }
        check.throwIfInvalid();
        return BaseRateJson.of(law.addBaseRate(new BaseRate(validFrom, rate), caller.actor()));
    }

    /** Labels and explanations are German unless the caller asks for English. */
    private static boolean english(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }
}
