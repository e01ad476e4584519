package de.kulant.claims;

import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim with its debtor, active holds and balance as of a date: what the API and the UI show. */
public record ClaimView(ClaimId id, CreditorId creditorId, String invoiceNumber, LocalDate invoiceDate,
                        LocalDate dueDate, Money amount, boolean consumerNoticeGiven, boolean calendarDueDateAgreed,
                        DebtorView debtor, ClaimStatus status, int dunningLevel, LocalDate defaultSince,
                        DefaultRule defaultRule, List<HoldView> holds, Balance balance,
                        de.kulant.platform.CreditorReference paymentReference, Instant createdAt,
                        LocalDate nextDunningOn) {

    /** Days past the due date on {@code day}; 0 when not yet due. */
    public long daysOverdue(LocalDate day) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueDate, day));
    }
}
