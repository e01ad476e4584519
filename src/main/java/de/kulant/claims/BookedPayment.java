package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.util.List;

/**
 * What booking an {@link IncomingPayment} did. No shares and no overpaid claim means none of its claims was
 * found for its creditor, and nothing was booked.
 *
 * @param overpaidClaim the claim the credit balance is recorded on, or null when nothing was left over
 */
public record BookedPayment(PaymentId paymentId, List<ClaimShare> shares, Money overpayment, ClaimId overpaidClaim) {

    public boolean booked() {
        return !shares.isEmpty() || overpaidClaim != null;
    }
}
