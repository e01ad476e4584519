package de.kulant.payments.internal;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A credit on the account as matching sees it. */
public record PaymentToMatch(UUID id, Money amount, LocalDate bookingDate, String payerName, String payerIban,
                             String remittance, String creditorReference, String endToEndId) {
}
