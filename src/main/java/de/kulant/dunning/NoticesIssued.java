package de.kulant.dunning;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A chunk of a dunning run issued notices: one letter or e-mail per debtor, a combined notice when it lists
 * several claims. Correspondence renders and sends them; one event per chunk keeps large runs cheap.
 */
public record NoticesIssued(UUID runId, LocalDate issuedOn, List<Combined> letters) {

    /** The notices of one debtor in this run, sent together. */
    public record Combined(UUID combinedId, CreditorId creditorId, DebtorId debtorId, List<UUID> noticeIds,
                           Channel channel, Tone tone) {
    }
}
