package de.kulant.law;

import de.kulant.platform.money.Money;

/**
 * What decides whether one dunning notice may carry a fee.
 *
 * @param configuredFee the fee the creditor's policy sets for the notice's level
 * @param inDefaultBeforeNotice the debtor was in default before the notice was sent
 * @param byPost the notice goes out on paper (a letter), not only by e-mail
 * @param businessFlatFeeCharged the 40 EUR of §288 Abs. 5 BGB were charged on this claim, now or before
 */
public record NoticeFeeFacts(Money configuredFee, boolean inDefaultBeforeNotice, boolean byPost,
                             boolean businessFlatFeeCharged) {

    /** A letter to a consumer: only default and the configured fee matter. */
    public static NoticeFeeFacts letter(Money configuredFee, boolean inDefaultBeforeNotice) {
        return new NoticeFeeFacts(configuredFee, inDefaultBeforeNotice, true, false);
    }
}
