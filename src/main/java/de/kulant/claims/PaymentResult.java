package de.kulant.claims;

import de.kulant.law.Allocation;
import de.kulant.platform.money.Money;

/** What a payment did: the payment as the ledger records it, its allocation and the part that exceeded what was owed. */
public record PaymentResult(PaymentId payment, Allocation allocation, Money overpayment, ClaimStatus status) {
}
