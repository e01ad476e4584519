package de.kulant.dunning.internal;

import java.time.LocalDate;

/** The latest notice of a claim: its level and dates, and whether any notice carried the B2B flat fee. */
public record LastNotice(int level, LocalDate issuedOn, LocalDate payBy, boolean flatFeeCharged) {
}
