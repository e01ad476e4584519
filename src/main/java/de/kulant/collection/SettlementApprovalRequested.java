package de.kulant.collection;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A settlement offer goes beyond the creditor's rules and waits for its decision in the inbox (and its webhook). */
public record SettlementApprovalRequested(CaseId caseId, CreditorId creditorId, UUID offerId, Money amount,
                                          Money openBalance, LocalDate validUntil) {
}
