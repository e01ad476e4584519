package de.kulant.platform.web;

import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The column headers of a sorted list: each links to the list from its top in the order a click asks for, keeping the
 * filters that are set, and says how the list is sorted now (for {@code aria-sort} and the arrow). {@code sortParam}
 * names the order in the link, so that one page can hold several sorted lists.
 */
public record SortLinks(String path, Map<String, String> filters, SortColumns columns, ListOrder order,
                        String sortParam) {

    public SortLinks(String path, Map<String, String> filters, SortColumns columns, ListOrder order) {
        this(path, filters, columns, order, "sort");
    }

    /** The header link's id: {@code sort-amount} on a page of one list, {@code balancesSort-amount} beside others. */
    public String id(String column) {
        return sortParam + "-" + column;
    }

    public String link(String column) {
        return builder(path, columns.clicked(order, column)).build().encode().toUriString();
    }

    public String ariaSort(String column) {
        return order.ariaSort(column);
    }

    public String mark(String column) {
        String sorted = order.ariaSort(column);
        return sorted == null ? "" : "descending".equals(sorted) ? "▼" : "▲";
    }

    /** The order as the filter form carries it; null for the default order. */
    public String param() {
        return order.equals(columns.defaultOrder()) ? null : order.param();
    }

    /** This list's link with its filters and order, for the export and the pager. */
    public UriComponentsBuilder query(String listPath) {
        return builder(listPath, order);
    }

    private UriComponentsBuilder builder(String listPath, ListOrder wanted) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(listPath);
        filters.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                link.queryParam(key, value);
            }
        });
        return wanted.equals(columns.defaultOrder()) ? link : link.queryParam(sortParam, wanted.param());
    }
}
