package de.kulant.dunning;

import de.kulant.platform.money.Money;

/**
 * One level of the chain: issued {@code daysAfterDue} days after the due date at the earliest, with a fee
 * (charged only where the law allows), a channel, a payment term in days, and whether it announces the
 * handover to collection.
 */
public record PolicyLevel(int level, String name, int daysAfterDue, Money fee, Channel channel, int paymentTermDays,
                          boolean announcesHandover) {
}
