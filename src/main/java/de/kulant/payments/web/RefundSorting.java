package de.kulant.payments.web;

import de.kulant.payments.ManualMatching;
import de.kulant.payments.RefundList;
import de.kulant.payments.RefundTransfers;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.web.SortLinks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The refund page's four lists, each sorted by a parameter of its own; a column header keeps the creditor and the
 * other lists' orders, and starts every list from its top.
 */
record RefundSorting(SortLinks notOurs, SortLinks creditBalances, SortLinks toRecover, SortLinks transfers) {

    static final String PATH = "/payments/refunds";

    private static final Map<String, SortColumns> COLUMNS = columns();

    private static Map<String, SortColumns> columns() {
        Map<String, SortColumns> columns = new LinkedHashMap<>();
        columns.put("notOursSort", ManualMatching.listOrder());
        columns.put("creditBalancesSort", RefundList.creditBalanceOrder());
        columns.put("toRecoverSort", RefundList.refundToRecoverOrder());
        columns.put("transfersSort", RefundTransfers.listOrder());
        return columns;
    }

    /** The orders a link asks for; an unknown one falls back to the list's default, as a stale bookmark should. */
    static RefundSorting of(CreditorId scope, Map<String, String> params) {
        Map<String, ListOrder> orders = new LinkedHashMap<>();
        COLUMNS.forEach((param, columns) -> orders.put(param, columns.orderOrDefault(params.get(param))));
        return new RefundSorting(links(scope, orders, "notOursSort"), links(scope, orders, "creditBalancesSort"),
                links(scope, orders, "toRecoverSort"), links(scope, orders, "transfersSort"));
    }

    private static SortLinks links(CreditorId scope, Map<String, ListOrder> orders, String param) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("creditor", scope == null ? null : scope.toString());
        orders.forEach((other, order) -> {
            if (!other.equals(param) && !order.equals(COLUMNS.get(other).defaultOrder())) {
                kept.put(other, order.param());
            }
        });
        return new SortLinks(PATH, kept, COLUMNS.get(param), orders.get(param), param);
    }

    RefundList.RefundOrders orders() {
        return new RefundList.RefundOrders(notOurs.order(), creditBalances.order(), toRecover.order());
    }

    /** A link to {@code path} with the creditor and every list's order: for the pagers and the exports. */
    UriComponentsBuilder query(String path) {
        return notOurs.query(path);
    }
}
