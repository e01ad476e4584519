package de.kulant.claims;

import de.kulant.law.DebtorKind;
import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * A claim the dunning run looks at, with what it decides by: its dates and level, the debtor's kind, place
 * and tag, its balance on the run date, whether a hold is in force, whether the debtor was dunned
 * before for an older claim at this creditor, and whether an e-mail reaches the debtor (else notices go by post).
 */
public record DueClaim(ClaimId id, CreditorId creditorId, DebtorId debtorId, DebtorKind debtorKind, String postalCode,
                       String country, String customerTag, String invoiceNumber, LocalDate invoiceDate,
                       LocalDate dueDate, Money amount, boolean consumerNoticeGiven, boolean calendarDueDateAgreed,
                       ClaimStatus status, int dunningLevel, LocalDate defaultSince, DefaultRule defaultRule,
                       long referenceNumber, int version, Balance balance, boolean onHold, boolean debtorDunnedBefore,
                       boolean reachableByEmail) {
}
