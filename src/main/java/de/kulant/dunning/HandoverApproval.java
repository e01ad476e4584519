package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;

/** A claim through its dunning chain that waits for the creditor's approval before it goes to collection. */
public record HandoverApproval(ClaimId claimId, CreditorId creditorId, LocalDate requestedOn, Status status,
                               Instant decidedAt, String decidedBy) {

    public enum Status { PENDING, APPROVED, DECLINED }
}
