package de.kulant.platform.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, always exact to the cent. Anything finer must be rounded
 * explicitly by the caller ({@link #rounded}), so rounding happens once, where it is decided.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money>, Serializable {

    public static final Currency EUR = Currency.getInstance("EUR");
    private static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != SCALE) {
            if (amount.stripTrailingZeros().scale() > SCALE) {
                throw new ArithmeticException("Money has at most two decimals, got " + amount.toPlainString());
            }
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        }
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Money eur(BigDecimal amount) {
        return new Money(amount, EUR);
    }

    public static Money eurCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, SCALE), EUR);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money zeroEur() {
        return zero(EUR);
    }

    /** Rounds half-up to the cent: the one place where a computed amount becomes money. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(SCALE, RoundingMode.HALF_UP), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(SCALE, rounding), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The amount in cents; exact because the scale is always two. */
    public long cents() {
        return amount.unscaledValue().longValueExact();
    }

    public Money zero() {
        return zero(currency);
    }

    /** {@code "119.00"}: the API's and the database's form. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
    }
}
