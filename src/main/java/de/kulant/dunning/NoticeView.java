package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A notice as shown in the API and UI, with its itemized amounts on the day it was issued. */
public record NoticeView(UUID id, ClaimId claimId, de.kulant.platform.CreditorId creditorId, int level, String levelName, LocalDate issuedOn, LocalDate payBy,
                         Channel channel, Tone tone, String segment, Money principal, Money interest, Money fees,
                         Money costs, Money outstanding, Money feeCharged, String feeReason, Money flatFee,
                         String paymentReference, UUID combinedId, boolean announcesHandover) {
}
