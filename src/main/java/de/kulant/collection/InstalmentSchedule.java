package de.kulant.collection;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rates of an instalment plan over an amount: an optional down payment, then {@code count} equal rates to the
 * cent, the last taking what rounding left; each due {@code interval} after the one before, counted from the first
 * due date so that month ends do not drift (31 Jan, 28 Feb, 31 Mar).
 */
public record InstalmentSchedule(Money amount, Money downPayment, List<Rate> rates) implements Serializable {

    /** How far apart the rates fall. */
    public enum Interval { WEEKLY, MONTHLY }

    /** One rate: its number (0 for the down payment), when it is due and how much. */
    public record Rate(int number, LocalDate dueOn, Money amount) implements Serializable {
    }

    /** The terms a plan is asked for, as checked by {@link #of}. */
    public record Terms(Money amount, Money downPayment, int count, Interval interval, LocalDate firstDueOn,
                        LocalDate downPaymentOn) {
    }

    /**
     * The schedule for {@code terms}, or the violations that refuse it (a down payment not below the amount, no rate,
     * a rate of less than a cent).
     */
    public static InstalmentSchedule of(Terms terms, List<FieldViolation> violations) {
        Money down = terms.downPayment() == null ? Money.zeroEur() : terms.downPayment();
        if (!down.isZero() && !terms.amount().isGreaterThan(down)) {
            violations.add(FieldViolation.coded("downPayment", "notBelowAmount",
                    "must be less than the amount of the plan, " + terms.amount().toPlainString(),
                    terms.amount().toPlainString()));
            return null;
        }
        if (terms.count() < 1) {
            violations.add(FieldViolation.coded("instalments", "atLeastOne", "must be at least 1"));
            return null;
        }
        Money rest = terms.amount().minus(down);
        Money rate = Money.eurCents(rest.cents() / terms.count());
        if (!rate.isPositive()) {
            violations.add(FieldViolation.coded("instalments", "rateTooSmall", "leave rates of less than a cent"));
            return null;
        }
        List<Rate> rates = new ArrayList<>();
        if (down.isPositive()) {
            rates.add(new Rate(0, terms.downPaymentOn() == null ? terms.firstDueOn() : terms.downPaymentOn(), down));
        }
        Money scheduled = Money.zeroEur();
        for (int i = 0; i < terms.count(); i++) {
            Money amount = i == terms.count() - 1 ? rest.minus(scheduled) : rate;
            scheduled = scheduled.plus(amount);
            rates.add(new Rate(i + 1, dueOn(terms.firstDueOn(), terms.interval(), i), amount));
        }
        return new InstalmentSchedule(terms.amount(), down, List.copyOf(rates));
    }

    /** The regular rate (all but the last, which may differ by rounding). */
    public Money regularRate() {
        return rates.stream().filter(r -> r.number() == 1).findFirst().map(Rate::amount).orElse(Money.zeroEur());
    }

    /** The day the last rate is due. */
    public LocalDate lastDueOn() {
        return rates.get(rates.size() - 1).dueOn();
    }

    private static LocalDate dueOn(LocalDate first, Interval interval, int index) {
        return interval == Interval.WEEKLY ? first.plusWeeks(index) : first.plusMonths(index);
    }
}
