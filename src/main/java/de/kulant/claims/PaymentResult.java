package de.kulant.claims;

import de.kulant.law.Allocation;
import de.kulant.platform.money.Money;

/** What a payment did: its allocation and the part that exceeded what was owed. */
public record PaymentResult(Allocation allocation, Money overpayment, ClaimStatus status) {
}
