package de.kulant.legal;

import de.kulant.law.CollectionCostQuery;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.DebtorKind;
import de.kulant.law.InterestResult;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The calculators as API and page use them: raw text input checked field by field (422 naming the
 * field), then handed to the law module.
 */
@Service
public class Calculators {

    static final Money MAXIMUM = Money.eur("10000000.00");

    private final CurrentLaw law;

    Calculators(CurrentLaw law) {
        this.law = law;
    }

    /** §288 BGB, {@code from} and {@code to} both inclusive. */
    public InterestResult defaultInterest(String principal, String from, String to, String debtorKind) {
        InputCheck check = new InputCheck();
        Money amount = check.amount("principal", principal, MAXIMUM);
        LocalDate start = check.date("from", from, true);
        LocalDate end = check.date("to", to, true);
        DebtorKind kind = kind(check, debtorKind);
        check.throwIfInvalid();
        return law.interest().calculate(amount, kind, start, end);
    }

    /** §13e RDG with the RVG, for a collection mandate given on {@code date}. */
    public CollectionCostResult collectionCosts(String claimValue, String date, String debtorKind, Boolean promptPayment,
                                                Boolean creditorDeductsVat, Boolean b2bFlatFeeCharged) {
        InputCheck check = new InputCheck();
        Money value = check.amount("claimValue", claimValue, MAXIMUM);
        LocalDate mandate = check.date("date", date, true);
        DebtorKind kind = debtorKind == null || debtorKind.isBlank() ? DebtorKind.CONSUMER : kind(check, debtorKind);
        check.throwIfInvalid();
        boolean offset = kind == DebtorKind.BUSINESS && Boolean.TRUE.equals(b2bFlatFeeCharged);
        return law.collectionCosts().maximum(new CollectionCostQuery(value, mandate, Boolean.TRUE.equals(promptPayment),
                !Boolean.FALSE.equals(creditorDeductsVat), offset));
    }

    /** §286 BGB: when the debtor is in default, and by which rule; empty when not (yet). */
    public java.util.Optional<de.kulant.law.DefaultStart> startOfDefault(String debtorKind, String invoiceDate,
                                                                       String dueDate, String postalCode, String country,
                                                                       Boolean calendarDueDateAgreed,
                                                                       Boolean consumerNoticeGiven, String noticeDate,
                                                                       String noticePayBy) {
        InputCheck check = new InputCheck();
        DebtorKind kind = kind(check, debtorKind);
        LocalDate invoice = check.date("invoiceDate", invoiceDate, true);
        LocalDate due = check.date("dueDate", dueDate, true);
        LocalDate notice = check.date("noticeDate", noticeDate, false);
        LocalDate payBy = check.date("noticePayBy", noticePayBy, false);
        check.throwIfInvalid();
        de.kulant.law.DefaultFacts facts = de.kulant.law.DefaultFacts.of(kind, invoice, due,
                        de.kulant.law.PlaceOfPerformance.ofAddress(country, postalCode))
                .withCalendarDueDateAgreed(Boolean.TRUE.equals(calendarDueDateAgreed))
                .withConsumerNoticeGiven(Boolean.TRUE.equals(consumerNoticeGiven))
                .withNotice(notice, payBy);
        return law.startOfDefault().determine(facts);
    }

    /** §§195, 199 BGB, with an optional restart (§212) on {@code restartedOn}. */
    public de.kulant.law.LimitationResult limitation(String arisenOn, String restartedOn) {
        InputCheck check = new InputCheck();
        LocalDate arisen = check.date("arisenOn", arisenOn, true);
        LocalDate restart = check.date("restartedOn", restartedOn, false);
        check.throwIfInvalid();
        return law.limitation().endOf(arisen, restart == null ? java.util.List.of()
                : java.util.List.of(new de.kulant.law.LimitationEvent.Restart(restart, "payment or acknowledgement")));
    }

    /** Whether a notice may carry the configured fee (material costs only, never for the notice causing default). */
    public de.kulant.law.FeeDecision dunningFee(String fee, Boolean inDefaultBeforeNotice) {
        InputCheck check = new InputCheck();
        Money amount = fee == null || fee.isBlank() || "0".equals(fee.strip()) || "0.00".equals(fee.strip())
                ? Money.zeroEur() : check.amount("fee", fee, MAXIMUM);
        check.throwIfInvalid();
        return law.dunningFees().decide(amount, Boolean.TRUE.equals(inDefaultBeforeNotice));
    }

    private static DebtorKind kind(InputCheck check, String value) {
        if (value == null || value.isBlank()) {
            check.violation("debtorKind", "is required (CONSUMER or BUSINESS)");
            return null;
        }
        try {
            return DebtorKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            check.violation("debtorKind", "unknown debtor kind '" + value + "' (CONSUMER or BUSINESS)");
            return null;
        }
    }
}
