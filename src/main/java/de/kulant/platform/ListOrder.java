package de.kulant.platform;

/**
 * The order a list is read in: one of its columns, either way, then the row's id the same way. Written in links and the
 * API as the column's name, with a leading {@code -} for descending ({@code -createdAt}).
 */
public record ListOrder(String column, boolean descending) {

    public String param() {
        return descending ? "-" + column : column;
    }

    public ListOrder reversed() {
        return new ListOrder(column, !descending);
    }

    /** The {@code aria-sort} of a column header: how the list is sorted by it, or null. */
    public String ariaSort(String name) {
        return !column.equals(name) ? null : descending ? "descending" : "ascending";
    }
}
