package de.kulant.collection;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** A collection case was opened: the first letter, the case worker and the creditor's notification follow. */
public record CaseOpened(CaseId caseId, CreditorId creditorId, DebtorId debtorId, CaseReference reference,
                         LocalDate openedOn) {
}
