package de.kulant.payments;

import de.kulant.claims.ClaimId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment from a bank statement as staff and creditors see it, with what it was allocated to.
 *
 * @param returnsPaymentId for a booked return, the credit it took back
 */
public record PaymentView(UUID id, UUID statementId, CreditorId creditorId, String accountIban, PaymentKind kind,
                          PaymentStatus status, Money amount, LocalDate bookingDate, String payerName, String payerIban,
                          String remittance, String creditorReference, String endToEndId, String returnReason,
                          BigDecimal confidence, Reason reason, Instant createdAt, String decidedBy,
                          UUID returnsPaymentId, List<Share> allocations) {

    /** What went to one claim. */
    public record Share(ClaimId claimId, String invoiceNumber, Money amount, Money costs, Money fees, Money interest, Money principal,
                        boolean reversed) {
    }
}
