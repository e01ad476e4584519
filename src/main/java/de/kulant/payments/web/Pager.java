package de.kulant.payments.web;

import de.kulant.payments.PaymentCursor;
import de.kulant.payments.PaymentPage;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a payment list: links to the pages before and after by position, keeping the filters that are set,
 * and the page number shown (carried in the links, as positions have none).
 */
public record Pager(String previousLink, String nextLink, int pageNumber, long pages, boolean exact) {

    static Pager of(String path, Map<String, String> filters, PaymentPage page, Integer shownNumber, boolean byPosition) {
        int number = byPosition && shownNumber != null && shownNumber > 1 ? shownNumber : 1;
        return new Pager(link(path, filters, "before", page.previous(), Math.max(1, number - 1)),
                link(path, filters, "after", page.next(), number + 1), number, Math.max(1, page.pages()),
                page.totalExact());
    }

    public boolean shown() {
        return previousLink != null || nextLink != null;
    }

    private static String link(String path, Map<String, String> filters, String name, PaymentCursor cursor, int number) {
        if (cursor == null) {
            return null;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        filters.forEach((key, value) -> {
            if (!value.isEmpty()) {
                link.queryParam(key, value);
            }
        });
        return link.queryParam(name, cursor.encode()).queryParam("page", number).build().encode().toUriString();
    }
}
