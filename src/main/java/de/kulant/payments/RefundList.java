package de.kulant.payments;

import de.kulant.claims.ClaimsForMatching;
import de.kulant.claims.CreditBalance;
import de.kulant.claims.RefundToRecover;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.PageRequest;
import de.kulant.platform.SortColumns;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is to be paid back, in three parts that each sort and page on their own: payments that are not ours, credit
 * balances from overpaid claims, and, needing attention, refunds paid out of money the bank then returned.
 */
@Service
public class RefundList {

    private final ManualMatching payments;
    private final ClaimsForMatching claims;

    RefundList(ManualMatching payments, ClaimsForMatching claims) {
        this.payments = payments;
        this.claims = claims;
    }

    /** Each part one page in its own order after its own position, with its total. */
    @Transactional(readOnly = true)
    public Refunds refunds(CreditorId scope, RefundOrders orders, RefundPositions positions, int size) {
        PaymentCursor notOursAfter = positions.notOurs() == null ? null
                : PaymentCursor.parse(positions.notOurs(), orders.notOurs()).orElse(null);
        return new Refunds(notOurs(scope, orders.notOurs(), notOursAfter, size),
                creditBalances(scope, orders.creditBalances(), positions.creditBalances(), size),
                claims.openCreditBalances(scope),
                toRecover(scope, orders.toRecover(), positions.toRecover(), size), claims.refundsToRecover(scope));
    }

    /** Payments marked as not ours and not yet paid back, in {@code order} after {@code after}. */
    @Transactional(readOnly = true)
    public PaymentPage notOurs(CreditorId scope, ListOrder order, PaymentCursor after, int size) {
        return payments.list(scope, List.of(PaymentStatus.NOT_OURS), null, order, after, null,
                PageRequest.of(0, size));
    }

    @Transactional(readOnly = true)
    public SortColumns.Keyed<CreditBalance> creditBalances(CreditorId scope, ListOrder order, String after, int size) {
        return claims.creditBalancePage(scope, order, after, size);
    }

    @Transactional(readOnly = true)
    public SortColumns.Keyed<RefundToRecover> toRecover(CreditorId scope, ListOrder order, String after, int size) {
        return claims.refundToRecoverPage(scope, order, after, size);
    }

    public static SortColumns creditBalanceOrder() {
        return ClaimsForMatching.creditBalanceOrder();
    }

    public static SortColumns refundToRecoverOrder() {
        return ClaimsForMatching.refundToRecoverOrder();
    }

    /** Where each part continues: cursors its pages gave out, null for the top. */
    public record RefundPositions(String notOurs, String creditBalances, String toRecover) {
    }

    /** How each part is sorted: by {@link ManualMatching#listOrder()} and the two orders above. */
    public record RefundOrders(ListOrder notOurs, ListOrder creditBalances, ListOrder toRecover) {

        public static final RefundOrders DEFAULT = new RefundOrders(ManualMatching.listOrder().defaultOrder(),
                creditBalanceOrder().defaultOrder(), refundToRecoverOrder().defaultOrder());
    }

    /** The refund list, each part a page with its total. */
    public record Refunds(PaymentPage notOurs, SortColumns.Keyed<CreditBalance> creditBalances, long creditBalanceCount,
                          SortColumns.Keyed<RefundToRecover> toRecover, long toRecoverCount) {
    }
}
