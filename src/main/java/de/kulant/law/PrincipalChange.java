package de.kulant.law;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * A change of the principal that bears interest, effective from {@code effectiveOn} inclusive:
 * a payment or credit note on that day is a negative change. The day a payment arrives does not
 * bear interest on the amount paid.
 */
public record PrincipalChange(LocalDate effectiveOn, Money amount) {

    public static PrincipalChange reduction(LocalDate effectiveOn, Money amount) {
        return new PrincipalChange(effectiveOn, amount.negate());
    }
}
