package de.kulant.legal;

import de.kulant.law.CollectionCostQuery;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.DebtorKind;
import de.kulant.law.InterestResult;
import de.kulant.law.LimitationEvent;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        // §288 Abs. 5 Satz 3 BGB: against a business the 40 EUR were due and are set off unless the caller says otherwise
        boolean offset = kind == DebtorKind.BUSINESS && !Boolean.FALSE.equals(b2bFlatFeeCharged);
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

    /**
     * §§195, 199, 204, 205, 209, 212 BGB. Restarts are dates; suspensions and court procedures are intervals
     * written {@code from/until} (ISO 8601), the end left empty while unknown ({@code 2026-02-01/}).
     */
    public de.kulant.law.LimitationResult limitation(String arisenOn, List<String> restarts, List<String> suspensions,
                                                     List<String> courtProcedures, String titleOn) {
        InputCheck check = new InputCheck();
        LocalDate arisen = check.date("arisenOn", arisenOn, true);
        List<LimitationEvent> events = new ArrayList<>();
        for (int i = 0; i < restarts.size(); i++) {
            LocalDate on = check.date(field("restartedOn", restarts, i), restarts.get(i), true);
            if (on != null) {
                events.add(new LimitationEvent.Restart(on, "payment or acknowledgement"));
            }
        }
        for (int i = 0; i < suspensions.size(); i++) {
            LocalDate[] interval = interval(check, field("suspension", suspensions, i), suspensions.get(i));
            if (interval != null) {
                events.add(new LimitationEvent.Deferral(interval[0], interval[1]));
            }
        }
        for (int i = 0; i < courtProcedures.size(); i++) {
            LocalDate[] interval = interval(check, field("courtProcedure", courtProcedures, i), courtProcedures.get(i));
            if (interval != null) {
                events.add(new LimitationEvent.CourtDunningApplication(interval[0], interval[1]));
            }
        }
        LocalDate title = check.date("titleOn", titleOn, false);
        if (title != null) {
            events.add(new LimitationEvent.Title(title));
        }
        check.throwIfInvalid();
        return law.limitation().endOf(arisen, events);
    }

    private static String field(String name, List<String> values, int index) {
        return values.size() == 1 ? name : name + "[" + index + "]";
    }

    /** {@code from/until}; until may be empty (no known end yet). */
    private static LocalDate[] interval(InputCheck check, String field, String value) {
        if (value == null || value.isBlank() || !value.contains("/")) {
            check.violation(field, "write the interval as from/until, e.g. 2026-02-01/2026-08-31 (until may be empty)");
            return null;
        }
        String[] parts = value.strip().split("/", -1);
        if (parts.length != 2) {
            check.violation(field, "write the interval as from/until, e.g. 2026-02-01/2026-08-31 (until may be empty)");
            return null;
        }
        LocalDate from = check.date(field, parts[0], true);
        LocalDate until = check.date(field, parts[1], false);
        if (from == null || (!parts[1].isBlank() && until == null)) {
            return null;
        }
        if (until != null && until.isBefore(from)) {
            check.violation(field, "ends on " + until + ", before it starts on " + from);
            return null;
        }
        return new LocalDate[] {from, until};
    }

    /**
     * Whether a notice may carry the configured fee: material costs of a letter only, never for the notice causing
     * default or for an e-mail, and not on top of the 40 EUR flat fee of a business.
     */
    public de.kulant.law.FeeDecision dunningFee(String fee, Boolean inDefaultBeforeNotice, String channel,
                                                Boolean businessFlatFeeCharged) {
        InputCheck check = new InputCheck();
        Money amount = fee == null || fee.isBlank() || "0".equals(fee.strip()) || "0.00".equals(fee.strip())
                ? Money.zeroEur() : check.amount("fee", fee, MAXIMUM);
        boolean byPost = true;
        if (channel != null && !channel.isBlank()) {
            switch (channel.strip().toUpperCase(java.util.Locale.ROOT)) {
                case "EMAIL" -> byPost = false;
                case "LETTER", "EMAIL_AND_LETTER" -> byPost = true;
                default -> check.violation("channel", "unknown channel '" + channel + "' (EMAIL, LETTER or EMAIL_AND_LETTER)");
            }
        }
        check.throwIfInvalid();
        return law.dunningFees().decide(new de.kulant.law.NoticeFeeFacts(amount,
                Boolean.TRUE.equals(inDefaultBeforeNotice), byPost, Boolean.TRUE.equals(businessFlatFeeCharged)));
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
