package de.kulant.dunning.internal;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * The latest notice of a claim: its level and dates, whether any notice carried the B2B flat fee, and the dunning
 * fees all its notices charged.
 */
public record LastNotice(int level, LocalDate issuedOn, LocalDate payBy, boolean flatFeeCharged, Money feesCharged) {
}
