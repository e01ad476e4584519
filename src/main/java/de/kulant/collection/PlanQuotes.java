package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.collection.InstalmentSchedule.Interval;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CostStore;
import de.kulant.creditors.Creditors;
import de.kulant.law.AgreementFee;
import de.kulant.law.CollectionCostResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an instalment plan on a case would be, before anyone agrees (§13a Abs. 3 RDG: the debtor learns the cost in
 * text form first): the rates to the cent over the open balance and the agreement fee, the fee itemised with its
 * basis, and whether the terms lie within the creditor's rules or need its approval.
 */
@Service
public class PlanQuotes {

    /** The terms as typed: amounts in the API form, the interval MONTHLY (standard) or WEEKLY. */
    public record Request(Integer instalments, String interval, String firstDueOn, String downPayment) {
    }

    /**
     * The quote: the open balance, the agreement fee (null when none is charged), the schedule over both, and the rules
     * the terms go beyond (empty: within them). Interest keeps accruing on the principal unless the rules waive it.
     */
    public record Quote(Money openBalance, CollectionCostResult agreementFee, InstalmentSchedule schedule,
                        List<String> beyondRules, boolean interestWaived) implements Serializable {
    }

    private static final int LATEST_FIRST_RATE_DAYS = 60;

    private final CaseStore cases;
    private final CostStore costs;
    private final CaseFacts facts;
    private final Agreements agreements;
    private final Creditors creditors;
    private final CurrentLaw law;
    private final Clock clock;

    PlanQuotes(CaseStore cases, CostStore costs, CaseFacts facts, Agreements agreements, Creditors creditors,
               CurrentLaw law, Clock clock) {
        this.cases = cases;
        this.costs = costs;
        this.facts = facts;
        this.agreements = agreements;
        this.creditors = creditors;
        this.law = law;
        this.clock = clock;
    }

    /** A quote for an open case of the creditor ({@code creditor} null: staff, any). Nothing is stored. */
    @Transactional(readOnly = true)
    public Quote quote(CreditorId creditor, CaseId id, Request request) {
        return quote(creditor, id, request, null);
    }

    /** The same, with amounts typed in a form in {@code typedIn}'s language ({@code 1.234,56}); null: API form. */
    @Transactional(readOnly = true)
    public Quote quote(CreditorId creditor, CaseId id, Request request, Locale typedIn) {
        return quote(creditor, id, request, typedIn, true);
    }

    /** {@code agreementFee} false: paying the whole amount at once is no agreement, no Nr. 1000 VV RVG fee arises. */
    Quote quote(CreditorId creditor, CaseId id, Request request, Locale typedIn, boolean agreementFee) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = typedIn == null ? new InputCheck() : InputCheck.typedBy(typedIn);
        int count = request.instalments() == null ? 0 : request.instalments();
        if (request.instalments() == null) {
            check.violation("instalments", "required", "is required");
        } else if (count < 1 || count > AgreementRules.MOST_INSTALMENTS) {
            check.violation("instalments", "between", "must lie between 1 and " + AgreementRules.MOST_INSTALMENTS, 1,
                    AgreementRules.MOST_INSTALMENTS);
        }
        Interval interval = Interval.MONTHLY;
        if (request.interval() != null && !request.interval().isBlank()) {
            try {
                interval = Interval.valueOf(request.interval().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.violation("interval", "unknownValue", "must be MONTHLY or WEEKLY", request.interval());
            }
        }
        LocalDate first = check.date("firstDueOn", request.firstDueOn(), true);
        if (first != null && first.isBefore(today)) {
            check.violation("firstDueOn", "past", "must not be in the past");
        } else if (first != null && first.isAfter(today.plusDays(LATEST_FIRST_RATE_DAYS))) {
            check.violation("firstDueOn", "tooLate", "must lie within " + LATEST_FIRST_RATE_DAYS + " days",
                    LATEST_FIRST_RATE_DAYS);
        }
        Money down = request.downPayment() == null || request.downPayment().isBlank() ? null
                : check.amount("downPayment", request.downPayment(), Money.eur("10000000.00"));
        check.throwIfInvalid();
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        List<ClaimView> claims = facts.claims(row, today);
        Money open = claims.stream().filter(c -> !c.status().isClosed()).map(c -> c.balance().outstanding())
                .reduce(Money.zeroEur(), Money::plus);
        if (!open.isPositive()) {
            throw ConflictException.coded("nothingOpen", "Nothing is open on this case.");
        }
        AgreementRules rules = agreements.rulesFor(row);
        CollectionCostResult fee = agreementFee && rules.chargeAgreementFee() ? fee(row, claims) : null;
        Money total = fee == null ? open : open.plus(fee.total());
        List<FieldViolation> violations = new ArrayList<>();
        InstalmentSchedule schedule = InstalmentSchedule.of(new InstalmentSchedule.Terms(total, down, count, interval,
                first, today), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<String> beyond = new ArrayList<>();
        if (count > rules.maxInstalments()) {
            beyond.add("maxInstalments");
        }
        if (schedule.regularRate().compareTo(rules.minRate()) < 0 && count > 1) {
            beyond.add("minRate");
        }
        return new Quote(open, fee, schedule, List.copyOf(beyond), rules.waiveInterest());
    }

    /** Nr. 1000 VV RVG on the value the case's costs were computed on; none where no costs could be charged. */
    private CollectionCostResult fee(CaseRow row, List<ClaimView> claims) {
        List<CostStore.CostRow> charged = costs.costs(row.id());
        Money value = cases.members(row.id()).stream().filter(m -> m.chargeable() && m.value().isPositive())
                .map(CaseStore.Member::value).reduce(Money.zeroEur(), Money::plus);
        // the agreement fee arises once per case, however many plans follow
        boolean feeCharged = charged.stream().anyMatch(c -> c.code().startsWith(CaseCharging.AGREEMENT));
        if (charged.isEmpty() || feeCharged || !value.isPositive() || claims.isEmpty()) {
            return null;
        }
        Money businessFee = sum(charged, "BUSINESS_FEE");
        Money flatRate = sum(charged, "POSTAGE_FLAT_RATE");
        boolean deducts = creditors.find(row.creditorId()).map(c -> c.deductsInputTax()).orElse(true);
        return new AgreementFee(law.collectionCosts()).of(value, row.mandateDate(), businessFee, flatRate, deducts);
    }

    private static Money sum(List<CostStore.CostRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).map(CostStore.CostRow::amount)
                .reduce(Money.zeroEur(), Money::plus);
    }
}
