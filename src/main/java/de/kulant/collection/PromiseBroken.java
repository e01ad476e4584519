package de.kulant.collection;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** A promise to pay passed its day without the payment: the case goes back to its strategy and up the queue. */
public record PromiseBroken(CaseId caseId, CreditorId creditorId, Money amount, LocalDate dueOn) {
}
