package de.kulant.dunning;

import de.kulant.law.DebtorKind;
import de.kulant.platform.money.Money;

/**
 * When a segment applies; every condition given must hold. {@code history}: FIRST when the debtor was never
 * dunned for an older claim of this creditor, REPEATED when it was.
 */
public record SegmentCondition(DebtorKind debtorKind, Money minAmount, Money maxAmount, History history,
                               String customerTag) {

    public enum History { FIRST, REPEATED }
}
