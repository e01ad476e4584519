package de.kulant.claims.web;

import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimSort;
import de.kulant.claims.ClaimStatus;
import de.kulant.platform.CreditorId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The claim list's filter form and order as submitted, echoed back into the page; level and the due range come from
 * dashboard links. What cannot be read is left out rather than refused (links, bookmarks). {@code base} is the list's
 * path: {@code /claims} for staff, {@code /app/claims} in the shop app, where the creditor is the shop's own.
 */
public record ClaimListForm(String base, String q, String status, String creditor, boolean overdue, boolean open,
                            Integer level, LocalDate dueFrom, LocalDate dueBefore, String customer, ClaimSort sort) {

    static final String STAFF = "/claims";
    static final String SHOP = "/app/claims";

    static ClaimListForm of(String base, String q, String status, String creditor, Boolean overdue, Boolean open,
                            Integer level, String dueFrom, String dueBefore, String customer, String sort) {
        ClaimStatus claimStatus = parse(status, s -> ClaimStatus.valueOf(s.toUpperCase(Locale.ROOT)));
        CreditorId creditorId = parse(creditor, CreditorId::of);
        return new ClaimListForm(base, q, claimStatus == null ? null : claimStatus.name(),
                creditorId == null ? null : creditorId.toString(), Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(open), level, parse(dueFrom, LocalDate::parse), parse(dueBefore, LocalDate::parse),
                customer == null || customer.isBlank() ? null : customer.strip(),
                ClaimSort.parse(sort).orElse(ClaimSort.DUE_DATE_DESC));
    }

    /** The claims this form asks for on {@code today} ("overdue" ends the due dates before today). */
    ClaimFilter claims(LocalDate today) {
        LocalDate until = overdue && (dueBefore == null || dueBefore.isAfter(today)) ? today : dueBefore;
        return ClaimFilter.forCreditor(creditor == null ? null : CreditorId.of(creditor))
                .withStatus(status == null ? null : ClaimStatus.valueOf(status)).withDunningLevel(level)
                .withDueBetween(dueFrom, until).withSearch(q).withOpenOnly(open).withCustomerNumber(customer)
                .withSort(sort);
    }

    /** A position of this list in this order; a stale or foreign one starts from the top. */
    ClaimCursor cursor(String text) {
        return text == null ? null : ClaimCursor.parse(text).filter(c -> c.sort() == sort).orElse(null);
    }

    /** The query string of this filter and order, for links such as the export. */
    public String query() {
        return filterQuery(sort);
    }

    private String filterQuery(ClaimSort order) {
        return UriComponentsBuilder.fromPath("").queryParamIfPresent("q", blank(q))
                .queryParamIfPresent("status", blank(status))
                .queryParamIfPresent("creditor", base.equals(STAFF) ? blank(creditor) : Optional.empty())
                .queryParamIfPresent("overdue", overdue ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("open", open ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("level", Optional.ofNullable(level))
                .queryParamIfPresent("dueFrom", Optional.ofNullable(dueFrom))
                .queryParamIfPresent("dueBefore", Optional.ofNullable(dueBefore))
                .queryParamIfPresent("customer", blank(customer))
                .queryParamIfPresent("sort", order == ClaimSort.DUE_DATE_DESC ? Optional.empty()
                        : Optional.of(order.param()))
                .build().encode().toUriString();
    }

    /** A page of this list for its template: the claims, where it stands, and the links to the pages beside it. */
    void putPage(Model model, ClaimListPage result, int pageNumber, int pageSize) {
        model.addAttribute("page", result);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", (result.total() + pageSize - 1) / pageSize);
        model.addAttribute("nextLink", result.next() == null ? null : link("after", result.next(), pageNumber + 1));
        model.addAttribute("previousLink", result.previous() == null ? null
                : link("before", result.previous(), Math.max(1, pageNumber - 1)));
    }

    /** The link to this list at a position (page number shown only, the cursor does the paging). */
    String link(String cursorName, ClaimCursor cursor, int page) {
        return UriComponentsBuilder.fromUriString(base + query())
                .queryParam(cursorName, cursor.encode()).queryParam("page", page).build(true).toUriString();
    }

    /**
     * The link of a column header: the list from the top in that column's order, the other way round when it is sorted
     * by it already; dates and amounts start with the largest, invoice numbers with the first.
     */
    public String sortLink(String field) {
        ClaimSort order = sort.field().equals(field) ? sort.reversed() : switch (field) {
            case "invoiceNumber" -> ClaimSort.INVOICE_NUMBER;
            case "amount" -> ClaimSort.AMOUNT_DESC;
            default -> ClaimSort.DUE_DATE_DESC;
        };
        return base + filterQuery(order);
    }

    /** The {@code aria-sort} of a column header: how the list is sorted by it, or null. */
    public String ariaSort(String field) {
        return !sort.field().equals(field) ? null : sort.descending() ? "descending" : "ascending";
    }

    static <T> T parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    static Optional<String> blank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
