package de.kulant.dunning;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Notices were issued to one debtor on one day: one letter or e-mail (a combined notice when it lists several
 * claims). Correspondence renders and sends it.
 */
public record NoticeIssued(UUID combinedId, CreditorId creditorId, DebtorId debtorId, List<UUID> noticeIds,
                           LocalDate issuedOn, Channel channel, Tone tone) {
}
