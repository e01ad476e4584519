package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.NoticeId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** A notice as shown in the API and UI, with its itemized amounts on the day it was issued. */
public record NoticeView(NoticeId id, ClaimId claimId, CreditorId creditorId, int level, String levelName, LocalDate issuedOn, LocalDate payBy,
                         Channel channel, Tone tone, String segment, Money principal, Money interest, Money fees,
                         Money costs, Money outstanding, Money feeCharged, String feeReason, Money flatFee,
                         String paymentReference, LetterId combinedId, boolean announcesHandover) {
}
