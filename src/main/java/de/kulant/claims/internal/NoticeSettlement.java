package de.kulant.claims.internal;

import de.kulant.claims.PaymentId;
import de.kulant.claims.PostingSource;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.law.DefaultInterest;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A debtor who pays what a notice asked for by its pay-by date has settled (decision 013): the interest that grew
 * after the notice's date is let go by a WAIVER posting (at most the creditor's maximum per claim), and a shortfall
 * within the creditor's tolerance too. Nothing is waived once the pay-by date has passed.
 */
public final class NoticeSettlement {

    /** A waiver posted, for the audit trail. */
    public record Waived(Claim claim, Bucket bucket, Money amount, String reason) {
    }

    private NoticeSettlement() {
    }

    /**
     * Before {@code amount} is allocated to {@code open} claims: when it covers what all their notices still ask for,
     * each claim's growth since its notice is waived. Returns the claims the payment settles (empty: none).
     */
    public static List<Claim> waiveGrowth(List<Claim> open, Money amount, LocalDate bookingDate, LocalDate today,
                                          ResidualWaiver rule, DefaultInterest interest, PaymentId payment,
                                          List<Waived> waived) {
        if (!rule.enabled() || open.isEmpty()) {
            return List.of();
        }
        Money asked = Money.zeroEur();
        List<Money> stillAsked = new ArrayList<>(open.size());
        for (Claim claim : open) {
            Money still = claim.stillAsked(bookingDate, today, interest, payment);
            if (still == null) {
                return List.of();
            }
            stillAsked.add(still);
            asked = asked.plus(still);
        }
        if (amount.plus(rule.principalTolerance()).isLessThan(asked)) {
            return List.of();
        }
        for (int i = 0; i < open.size(); i++) {
            Claim claim = open.get(i);
            Demand demand = claim.facts().demand();
            Money excess = claim.facts().open().total().minus(stillAsked.get(i));
            if (excess.isPositive() && !excess.isGreaterThan(rule.maximum())
                    && !excess.isGreaterThan(claim.facts().open().interest())) {
                String reason = "interest after the notice of " + demand.on() + " waived: paid as asked by " + demand.payBy();
                claim.waive(Bucket.INTEREST, excess, bookingDate, today, reason, PostingSource.payment(payment));
                waived.add(new Waived(claim, Bucket.INTEREST, excess, reason));
            }
        }
        return open;
    }

    /** After allocation: what the settling claims still lack is waived when it is within the creditor's tolerance. */
    public static void waiveShortfall(List<Claim> settling, LocalDate bookingDate, LocalDate today, ResidualWaiver rule,
                                      PaymentId payment, List<Waived> waived) {
        if (settling.isEmpty() || !rule.principalTolerance().isPositive()) {
            return;
        }
        Money shortfall = settling.stream().filter(c -> !c.facts().status().isClosed())
                .map(c -> c.facts().open().total()).reduce(Money.zeroEur(), Money::plus);
        if (!shortfall.isPositive() || shortfall.isGreaterThan(rule.principalTolerance())) {
            return;
        }
        String reason = "shortfall of " + shortfall.toPlainString() + " within the creditor's tolerance of "
                + rule.principalTolerance().toPlainString() + " waived";
        for (Claim claim : settling) {
            if (claim.facts().status().isClosed()) {
                continue;
            }
            OpenBuckets left = claim.facts().open();
            for (Bucket bucket : Bucket.values()) {
                Money amount = switch (bucket) {
                    case PRINCIPAL -> left.principal();
                    case INTEREST -> left.interest();
                    case FEES -> left.fees();
                    case COSTS -> left.costs();
                };
                if (amount.isPositive()) {
                    claim.waive(bucket, amount, bookingDate, today, reason, PostingSource.payment(payment));
                    waived.add(new Waived(claim, bucket, amount, reason));
                }
            }
        }
    }
}
