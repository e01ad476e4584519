package de.kulant.law;

import de.kulant.platform.money.Money;
import java.util.Map;

/** A payment spread over a debtor's claims (by reference, in allocation order) and what was left over. */
public record DebtorAllocation(Map<String, Allocation> byClaim, Money remainder) {
}
