package de.kulant.collection;

import de.kulant.platform.CreditorId;
import java.util.UUID;

/** The debtor disputes the case's claims: every automatic step stops, and the creditor is asked for evidence. */
public record DisputeOpened(CaseId caseId, UUID disputeId, CreditorId creditorId, String reason) {
}
