package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/**
 * A booked payment taken back (the bank returned it, or a person undid its booking): what it paid is read from the
 * ledger by its source and reversed on {@code date}, for {@code reason}.
 */
public record ReturnedPayment(PaymentId payment, CreditorId creditor, LocalDate date, String reason) {
}
