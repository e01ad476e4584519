package de.kulant.payments.internal;

import java.math.BigDecimal;

/** Amounts as banks write them: never negative (the sign is a separate indicator), whole cents, below a billion. */
final class BankAmounts {

    static final BigDecimal LIMIT = new BigDecimal("999999999.99");

    private BankAmounts() {
    }

    static BigDecimal parse(String text, String position, String field) {
        if (text == null || text.isBlank()) {
            throw new StatementFormatException(position, field + " has no amount");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new StatementFormatException(position, field + " '" + text.trim() + "' is not an amount");
        }
        if (value.signum() < 0) {
            throw new StatementFormatException(position, field + " " + text.trim()
                    + " is negative; banks give the direction as credit or debit, never as a sign");
        }
        if (value.compareTo(LIMIT) > 0) {
            throw new StatementFormatException(position, field + " " + text.trim() + " is larger than any plausible payment");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new StatementFormatException(position, field + " " + text.trim() + " has fractions of a cent");
        }
        return value.setScale(2);
    }
}
