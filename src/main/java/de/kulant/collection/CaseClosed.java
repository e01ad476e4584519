package de.kulant.collection;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** A case was closed, with its reason: the creditor app and webhooks tell the shop. */
public record CaseClosed(CaseId caseId, CreditorId creditorId, CloseReason reason, LocalDate closedOn) {
}
