package de.kulant.claims.internal;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** A validated new claim; {@code contentHash} tells an identical resend from a conflicting one. */
public record NewClaim(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, Money amount,
                       boolean consumerNoticeGiven, boolean calendarDueDateAgreed, NewDebtor debtor, String contentHash) {
}
